import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, getSessionWithUser, revokeSession } from '@/db/queries/sessions';
import { createUser } from '@/db/queries/users';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@/db/testing/databases';
import { TOUCH_INTERVAL_MS } from './session-policy';
import { checkSession } from './sessions';

const day = 24 * 60 * 60 * 1000;
const limits = { idleMs: 7 * day, maxMs: 30 * day };
const t0 = new Date('2025-03-01T21:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

// getCurrentUser's check of the cookie's session, with the clock moved instead of waited for.
describe.each(testDatabaseKinds)('checkSession on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const signIn = async () => {
    const user = (await createUser({
      account: { email: `c-${randomUUID()}@example.com`, passwordHash: 'h', displayName: 'Sam', timeZone: 'Asia/Tokyo' },
    }))!;
    const session = await createSession({ userId: user.id, deviceLabel: 'x', now: t0, limits });
    return { user, sessionId: session.id, check: (now: Date) => checkSession({ userId: user.id, sessionId: session.id, now, limits }) };
  };
  const lastSeen = async (userId: string, sessionId: string) =>
    (await getSessionWithUser({ userId, sessionId }))!.session.lastSeenAt;

  it('gives the user of an open session, and refuses another user’s id with it', async () => {
    const { user, sessionId, check } = await signIn();
    expect(await check(later(60_000))).toEqual({
      id: user.id,
      email: user.email,
      displayName: 'Sam',
      timeZone: 'Asia/Tokyo',
      createdAt: user.createdAt,
      sessionId,
    });
    const other = await signIn();
    expect(await checkSession({ userId: other.user.id, sessionId, now: later(60_000), limits })).toBeNull();
  });

  it('refuses a session left unused past the idle timeout', async () => {
    const { check } = await signIn();
    expect(await check(later(7 * day - 1))).not.toBeNull();
    const idle = await signIn();
    expect(await idle.check(later(7 * day))).toBeNull();
  });

  it('keeps a session in nightly use alive, but not past the absolute lifetime', async () => {
    const { check } = await signIn();
    for (let night = 1; night < 30; night++) expect(await check(later(night * day))).not.toBeNull();
    expect(await check(later(30 * day - 1))).not.toBeNull();
    expect(await check(later(30 * day))).toBeNull();
    expect(await check(later(31 * day))).toBeNull();
  });

  it('writes last seen at most once per interval', async () => {
    const { user, sessionId, check } = await signIn();
    await check(later(TOUCH_INTERVAL_MS - 1));
    expect(await lastSeen(user.id, sessionId)).toEqual(t0);
    await check(later(TOUCH_INTERVAL_MS));
    expect(await lastSeen(user.id, sessionId)).toEqual(later(TOUCH_INTERVAL_MS));
  });

  it('refuses a revoked session and an unknown one', async () => {
    const { user, sessionId, check } = await signIn();
    await revokeSession({ userId: user.id, sessionId, now: later(1) });
    expect(await check(later(2))).toBeNull();
    expect(await checkSession({ userId: user.id, sessionId: randomUUID(), now: later(2), limits })).toBeNull();
  });
});
