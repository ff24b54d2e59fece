import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import {
  createSession,
  getSessionWithUser,
  listActiveSessions,
  revokeAllSessions,
  revokeSession,
  touchSession,
} from './sessions';
import { createUser, deleteUser } from './users';

const day = 24 * 60 * 60 * 1000;
const limits = { idleMs: 7 * day, maxMs: 30 * day };
const t0 = new Date('2025-03-01T21:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe.each(testDatabaseKinds)('session queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const newUser = async () =>
    (await createUser({
      account: { email: `s-${randomUUID()}@example.com`, passwordHash: 'h', displayName: 'Sam', timeZone: 'Europe/Berlin' },
    }))!;

  it('creates a session read back with its user, only by that user', async () => {
    const user = await newUser();
    const other = await newUser();
    const session = await createSession({ userId: user.id, deviceLabel: 'Firefox on Linux', now: t0, limits });
    expect(session).toMatchObject({ userId: user.id, deviceLabel: 'Firefox on Linux', revokedAt: null });
    expect(session.lastSeenAt.getTime()).toBe(t0.getTime());
    const row = await getSessionWithUser({ userId: user.id, sessionId: session.id });
    expect(row?.user.email).toBe(user.email);
    expect(row?.session.id).toBe(session.id);
    expect(await getSessionWithUser({ userId: other.id, sessionId: session.id })).toBeUndefined();
  });

  it('lists open sessions, most recently used first, without revoked, idle or expired ones', async () => {
    const user = await newUser();
    const old = await createSession({ userId: user.id, deviceLabel: 'old', now: later(-31 * day), limits });
    await touchSession({ userId: user.id, sessionId: old.id, now: later(-1000) });
    const idle = await createSession({ userId: user.id, deviceLabel: 'idle', now: later(-8 * day), limits });
    const phone = await createSession({ userId: user.id, deviceLabel: 'phone', now: later(-2 * day), limits });
    const laptop = await createSession({ userId: user.id, deviceLabel: 'laptop', now: later(-day), limits });
    const revoked = await createSession({ userId: user.id, deviceLabel: 'revoked', now: later(-day), limits });
    await revokeSession({ userId: user.id, sessionId: revoked.id, now: later(-1) });
    await touchSession({ userId: user.id, sessionId: phone.id, now: later(-60_000) });
    const listed = await listActiveSessions({ userId: user.id, now: t0, limits });
    expect(listed.map((s) => s.deviceLabel)).toEqual(['phone', 'laptop']);
    expect(listed.map((s) => s.id)).not.toContain(idle.id);
    expect(listed[1]!.id).toBe(laptop.id);
  });

  it('revokes a session only for its own user, once', async () => {
    const user = await newUser();
    const other = await newUser();
    const session = await createSession({ userId: user.id, deviceLabel: 'x', now: t0, limits });
    expect(await revokeSession({ userId: other.id, sessionId: session.id })).toBe(false);
    expect((await getSessionWithUser({ userId: user.id, sessionId: session.id }))?.session.revokedAt).toBeNull();
    expect(await revokeSession({ userId: user.id, sessionId: session.id, now: later(1) })).toBe(true);
    expect(await revokeSession({ userId: user.id, sessionId: session.id })).toBe(false);
    expect((await getSessionWithUser({ userId: user.id, sessionId: session.id }))?.session.revokedAt).toEqual(later(1));
    // A revoked session is not brought back by a late touch.
    await touchSession({ userId: user.id, sessionId: session.id, now: later(2) });
    expect((await getSessionWithUser({ userId: user.id, sessionId: session.id }))?.session.lastSeenAt).toEqual(t0);
  });

  it('revokes all of a user’s sessions, or all but one, and no one else’s', async () => {
    const user = await newUser();
    const other = await newUser();
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map((deviceLabel) => createSession({ userId: user.id, deviceLabel, now: t0, limits })),
    );
    const theirs = await createSession({ userId: other.id, deviceLabel: 'theirs', now: t0, limits });
    expect(await revokeAllSessions({ userId: user.id, except: b!.id, now: later(1) })).toBe(2);
    expect((await listActiveSessions({ userId: user.id, now: later(2), limits })).map((s) => s.id)).toEqual([b!.id]);
    expect(await revokeAllSessions({ userId: user.id, now: later(3) })).toBe(1);
    expect(await listActiveSessions({ userId: user.id, now: later(4), limits })).toEqual([]);
    expect((await listActiveSessions({ userId: other.id, now: later(4), limits })).map((s) => s.id)).toEqual([theirs.id]);
    expect((await getSessionWithUser({ userId: user.id, sessionId: a!.id }))?.session.revokedAt).toEqual(later(1));
    expect((await getSessionWithUser({ userId: user.id, sessionId: c!.id }))?.session.revokedAt).toEqual(later(1));
  });

  it('prunes the user’s ended sessions at the next sign-in', async () => {
    const user = await newUser();
    const ended = await createSession({ userId: user.id, deviceLabel: 'ended', now: later(-40 * day), limits });
    const revoked = await createSession({ userId: user.id, deviceLabel: 'revoked', now: later(-day), limits });
    await revokeSession({ userId: user.id, sessionId: revoked.id });
    const open = await createSession({ userId: user.id, deviceLabel: 'open', now: later(-day), limits });
    await createSession({ userId: user.id, deviceLabel: 'new', now: t0, limits });
    expect(await getSessionWithUser({ userId: user.id, sessionId: ended.id })).toBeUndefined();
    expect(await getSessionWithUser({ userId: user.id, sessionId: revoked.id })).toBeUndefined();
    expect(await getSessionWithUser({ userId: user.id, sessionId: open.id })).toBeDefined();
  });

  it('goes with the account', async () => {
    const user = await newUser();
    const session = await createSession({ userId: user.id, deviceLabel: 'x', now: t0, limits });
    await deleteUser({ userId: user.id });
    expect(await getSessionWithUser({ userId: user.id, sessionId: session.id })).toBeUndefined();
  });
});
