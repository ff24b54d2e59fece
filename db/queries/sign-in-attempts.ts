import 'server-only';
import { and, eq, gt, lte, ne, or, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { SIGN_IN_WINDOW_MS, SIGN_UP_LIMIT, type ScopeAttempts, type ThrottleScope } from '@/lib/auth/sign-in-throttle';
import { getDb } from '../client';
import { signInAttempts, signUpAttempts } from '../schema';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const emailHashOf = (email: string) => sha256(email.trim().toLowerCase());
const clientHashOf = (client: string) => sha256(`client:${client}`);

const toDate = (v: Date | null | undefined) => v ?? undefined;

/**
 * Puts a check for this email from this client on record before it happens, and returns the other
 * attempts still in the window per scope. Recording first (in its own statement) means concurrent
 * attempts, on any server, each see the ones recorded before them, so none slip past the limits together.
 */
export async function recordSignInAttempt({
  email,
  client,
  now = new Date(),
}: {
  email: string;
  client: string;
  now?: Date;
}): Promise<{ id: string; earlier: Record<ThrottleScope, ScopeAttempts> }> {
  const db = await getDb();
  const emailHash = emailHashOf(email);
  const clientHash = clientHashOf(client);
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [row] = await db
    .insert(signInAttempts)
    .values({ emailHash, clientHash, attemptedAt: now })
    .returning({ id: signInAttempts.id });
  await db.delete(signInAttempts).where(lte(signInAttempts.attemptedAt, windowStart));
  const isEmail = sql`${signInAttempts.emailHash} = ${emailHash}`;
  const isClient = sql`${signInAttempts.clientHash} = ${clientHash}`;
  const [counts] = await db
    .select({
      pair: sql<number>`count(*) filter (where ${isEmail} and ${isClient})`.mapWith(Number),
      pairLast: sql<Date | null>`max(${signInAttempts.attemptedAt}) filter (where ${isEmail} and ${isClient})`.mapWith(signInAttempts.attemptedAt),
      client: sql<number>`count(*) filter (where ${isClient})`.mapWith(Number),
      clientLast: sql<Date | null>`max(${signInAttempts.attemptedAt}) filter (where ${isClient})`.mapWith(signInAttempts.attemptedAt),
      email: sql<number>`count(*) filter (where ${isEmail})`.mapWith(Number),
      emailLast: sql<Date | null>`max(${signInAttempts.attemptedAt}) filter (where ${isEmail})`.mapWith(signInAttempts.attemptedAt),
    })
    .from(signInAttempts)
    .where(
      and(
        or(eq(signInAttempts.emailHash, emailHash), eq(signInAttempts.clientHash, clientHash)),
        gt(signInAttempts.attemptedAt, windowStart),
        ne(signInAttempts.id, row!.id),
      ),
    );
  return {
    id: row!.id,
    earlier: {
      pair: { count: counts?.pair ?? 0, last: toDate(counts?.pairLast) },
      client: { count: counts?.client ?? 0, last: toDate(counts?.clientLast) },
      email: { count: counts?.email ?? 0, last: toDate(counts?.emailLast) },
    },
  };
}

/** Takes back an attempt that was not a guess (refused unchecked, or a right password awaiting its code). */
export async function withdrawSignInAttempt({ id }: { id: string }): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
}

/**
 * After a successful sign-in: this email from this address starts afresh. Failures for it from
 * other addresses still count, so the owner signing in does not reset someone else's guessing.
 */
export async function clearSignInAttempts({ email, client }: { email: string; client: string }): Promise<void> {
  const db = await getDb();
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.emailHash, emailHashOf(email)), eq(signInAttempts.clientHash, clientHashOf(client))));
}

/** At account deletion: nothing derived from the email stays, from any address. */
export async function forgetSignInAttempts({ email }: { email: string }): Promise<void> {
  const db = await getDb();
  await db.delete(signInAttempts).where(eq(signInAttempts.emailHash, emailHashOf(email)));
}

/** Puts a sign-up from this client on record first, and returns its other sign-ups still in the window. */
export async function recordSignUpAttempt({
  client,
  now = new Date(),
}: {
  client: string;
  now?: Date;
}): Promise<{ id: string; earlier: Date[] }> {
  const db = await getDb();
  const clientHash = clientHashOf(client);
  const windowStart = new Date(now.getTime() - SIGN_UP_LIMIT.windowMs);
  const [row] = await db.insert(signUpAttempts).values({ clientHash, attemptedAt: now }).returning({ id: signUpAttempts.id });
  await db.delete(signUpAttempts).where(lte(signUpAttempts.attemptedAt, windowStart));
  const earlier = await db
    .select({ attemptedAt: signUpAttempts.attemptedAt })
    .from(signUpAttempts)
    .where(
      and(eq(signUpAttempts.clientHash, clientHash), gt(signUpAttempts.attemptedAt, windowStart), ne(signUpAttempts.id, row!.id)),
    );
  return { id: row!.id, earlier: earlier.map((r) => r.attemptedAt) };
}

/** A refused sign-up does not count, so waiting is enough. */
export async function withdrawSignUpAttempt({ id }: { id: string }): Promise<void> {
  const db = await getDb();
  await db.delete(signUpAttempts).where(eq(signUpAttempts.id, id));
}
