import 'server-only';
import { and, desc, eq, gt, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import type { SessionLimits } from '@/lib/auth/session-policy';
import { getDb } from '../client';
import { sessions, users, type Session, type User } from '../schema';

export type SessionListItem = Pick<Session, 'id' | 'deviceLabel' | 'createdAt' | 'lastSeenAt'>;

const ageLimits = (now: Date, limits: SessionLimits) => ({
  createdAfter: new Date(now.getTime() - limits.maxMs),
  seenAfter: new Date(now.getTime() - limits.idleMs),
});

/** Starts a session at sign-in; the same user's ended sessions are pruned meanwhile, so the table stays small. */
export async function createSession({
  userId,
  deviceLabel,
  now = new Date(),
  limits,
}: {
  userId: string;
  deviceLabel: string;
  now?: Date;
  limits: SessionLimits;
}): Promise<Session> {
  const db = await getDb();
  const { createdAfter, seenAfter } = ageLimits(now, limits);
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        or(isNotNull(sessions.revokedAt), lte(sessions.createdAt, createdAfter), lte(sessions.lastSeenAt, seenAfter)),
      ),
    );
  const [row] = await db.insert(sessions).values({ userId, deviceLabel, createdAt: now, lastSeenAt: now }).returning();
  return row!;
}

/** The session and its user in one read (done once per request); undefined when either is gone. */
export async function getSessionWithUser({
  userId,
  sessionId,
}: {
  userId: string;
  sessionId: string;
}): Promise<{ session: Session; user: User } | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .limit(1);
  return row;
}

export async function touchSession({ userId, sessionId, now = new Date() }: { userId: string; sessionId: string; now?: Date }) {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** The user's sessions still usable at `now`, most recently used first. */
export async function listActiveSessions({
  userId,
  now = new Date(),
  limits,
}: {
  userId: string;
  now?: Date;
  limits: SessionLimits;
}): Promise<SessionListItem[]> {
  const db = await getDb();
  const { createdAfter, seenAfter } = ageLimits(now, limits);
  return db
    .select({ id: sessions.id, deviceLabel: sessions.deviceLabel, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.createdAt, createdAfter),
        gt(sessions.lastSeenAt, seenAfter),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
}

/** Ends one of the user's sessions; false when the user has no such session still open. */
export async function revokeSession({
  userId,
  sessionId,
  now = new Date(),
}: {
  userId: string;
  sessionId: string;
  now?: Date;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every open session of the user, or every one but `except` (the device that asked). */
export async function revokeAllSessions({
  userId,
  except,
  now = new Date(),
}: {
  userId: string;
  except?: string;
  now?: Date;
}): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), except ? ne(sessions.id, except) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}
