import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { getUser } from '@/db/queries/users';
import { getAuthOptions } from './options';

export type CurrentUser = { id: string; email: string; displayName: string; timeZone: string; createdAt: Date };

/** The signed-in user, or null; a session from before the user's last "sign out everywhere" is no session. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  await connection(); // per-request: never prerendered at build time
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await getUser({ userId });
  if (!user || user.sessionEpoch !== session.epoch) return null;
  return { id: user.id, email: user.email, displayName: user.displayName, timeZone: user.timeZone, createdAt: user.createdAt };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}
