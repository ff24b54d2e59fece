import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareLinks } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from './share-links';
import { createUser } from './users';

const account = async (displayName: string) =>
  (await createUser({ account: { email: `${randomUUID()}@example.test`, passwordHash: 'x', displayName, timeZone: 'Europe/Vienna' } }))!.id;
const NOW = new Date('2026-05-01T10:00:00Z');
const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

describe.each(testDatabaseKinds)('share links on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('a valid token opens its period and owner until it expires, and notes when it was opened', async () => {
    const userId = await account('Owner');
    const { id, token, expiresAt } = await createShareLink({ userId, from: '2026-02-01', to: '2026-04-30', days: 7, now: NOW });
    expect(expiresAt).toEqual(later(7));
    const [stored] = await test.handle.db.select().from(shareLinks).where(eq(shareLinks.id, id));
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await openShareLink({ token, now: later(3) })).toEqual({
      period: { from: '2026-02-01', to: '2026-04-30' },
      owner: { id: userId, displayName: 'Owner', timeZone: 'Europe/Vienna' },
    });
    const [listed] = await listShareLinks({ userId });
    expect(listed).toMatchObject({ id, periodFrom: '2026-02-01', periodTo: '2026-04-30', lastOpenedAt: later(3), revokedAt: null });
    expect(await openShareLink({ token, now: later(7) })).toBeUndefined();
    expect(await openShareLink({ token, now: later(8) })).toBeUndefined();
  });

  it('a revoked, tampered or made-up token opens nothing, and only the owner can revoke', async () => {
    const owner = await account('Owner');
    const other = await account('Other');
    const { id, token } = await createShareLink({ userId: owner, from: '2026-04-01', to: '2026-04-30', days: 30, now: NOW });
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await openShareLink({ token: tampered, now: later(1) })).toBeUndefined();
    expect(await openShareLink({ token: 'not-a-token', now: later(1) })).toBeUndefined();
    expect(await openShareLink({ token: token.toLowerCase() === token ? token.toUpperCase() : token.toLowerCase(), now: later(1) })).toBeUndefined();

    expect(await revokeShareLink({ userId: other, id })).toBe(false);
    expect(await openShareLink({ token, now: later(1) })).toBeDefined();
    expect(await revokeShareLink({ userId: owner, id, now: later(2) })).toBe(true);
    expect(await revokeShareLink({ userId: owner, id })).toBe(false);
    expect(await openShareLink({ token, now: later(3) })).toBeUndefined();
    expect(await listShareLinks({ userId: other })).toEqual([]);
  });
});
