import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { getAuthOptions } from './options';
import { checkSession, type CurrentUser } from './sessions';

export type { CurrentUser } from './sessions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user, or null: the cookie's session must still be open on the server (one read per request). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  // Tokens from before server-side sessions carry no session id: they are simply signed out.
  if (!userId || !sessionId || !UUID.test(userId) || !UUID.test(sessionId)) return null;
  return checkSession({ userId, sessionId });
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}
