import 'server-only';
import { and, eq, gt, lte, ne } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { SIGN_IN_WINDOW_MS } from '@/lib/auth/sign-in-throttle';
import { getDb } from '../client';
import { signInAttempts } from '../schema';

const emailHashOf = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

/**
 * Puts a password check for this email on record before it happens, and returns the email's other
 * attempts still in the window. Recording first (in its own statement) means concurrent attempts,
 * on any server, each see the ones recorded before them, so none can slip past the limit together.
 */
export async function recordSignInAttempt({
  email,
  now = new Date(),
}: {
  email: string;
  now?: Date;
}): Promise<{ id: string; earlier: Date[] }> {
  const db = await getDb();
  const emailHash = emailHashOf(email);
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [row] = await db.insert(signInAttempts).values({ emailHash, attemptedAt: now }).returning({ id: signInAttempts.id });
  await db.delete(signInAttempts).where(lte(signInAttempts.attemptedAt, windowStart));
  const earlier = await db
    .select({ attemptedAt: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(
      and(eq(signInAttempts.emailHash, emailHash), gt(signInAttempts.attemptedAt, windowStart), ne(signInAttempts.id, row!.id)),
    );
  return { id: row!.id, earlier: earlier.map((r) => r.attemptedAt) };
}

/** Takes back an attempt refused without checking the password, so waiting is enough to be let in again. */
export async function withdrawSignInAttempt({ id }: { id: string }): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
}

/** After a successful sign-in: the email starts afresh. */
export async function clearSignInAttempts({ email }: { email: string }): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(eq(signInAttempts.emailHash, emailHashOf(email)));
}
