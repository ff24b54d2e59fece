import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { irlsScores } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { outcomeOf } from '../testing/outcome';
import { deleteIrlsScore, listIrlsScores, saveIrlsScore } from './irls';
import { createUser } from './users';

const newUser = async () =>
  (await createUser({
    account: { email: `i-${randomUUID()}@example.com`, passwordHash: 'hash', displayName: 'Sam', timeZone: 'Europe/Berlin' },
  }))!.id;

describe.each(testDatabaseKinds)('IRLS score queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('records a score once per client id, newest date first', async () => {
    const userId = await newUser();
    const older = { id: randomUUID(), scoredOn: '2025-01-05', total: 22 };
    const newer = { id: randomUUID(), scoredOn: '2025-03-01', total: 14 };
    await saveIrlsScore({ userId, score: older });
    await saveIrlsScore({ userId, score: newer });
    await saveIrlsScore({ userId, score: { ...newer, total: 15 } });
    expect((await listIrlsScores({ userId })).map((s) => [s.scoredOn, s.total])).toEqual([
      ['2025-03-01', 14],
      ['2025-01-05', 22],
    ]);
  });

  it('keeps scores to their owner', async () => {
    const userId = await newUser();
    const other = await newUser();
    const score = (await saveIrlsScore({ userId, score: { id: randomUUID(), scoredOn: '2025-03-01', total: 9 } }))!;
    expect(await saveIrlsScore({ userId: other, score: { id: score.id, scoredOn: '2025-03-02', total: 30 } })).toBeUndefined();
    expect(await listIrlsScores({ userId: other })).toEqual([]);
    expect(await deleteIrlsScore({ userId: other, id: score.id })).toBe(false);
    await deleteIrlsScore({ userId, id: score.id });
    expect(await listIrlsScores({ userId })).toEqual([]);
  });

  it('refuses a total outside 0–40 in the database itself', async () => {
    const userId = await newUser();
    await expect(
      test.handle.db.insert(irlsScores).values({ id: randomUUID(), userId, scoredOn: '2025-03-01', total: 41 }),
    ).rejects.toThrow();
    expect(await listIrlsScores({ userId })).toEqual([]);
  });

  it('answers another user’s score id exactly as a missing one, and leaves it untouched', async () => {
    const owner = await newUser();
    const other = await newUser();
    const score = (await saveIrlsScore({ userId: owner, score: { id: randomUUID(), scoredOn: '2025-03-01', total: 9 } }))!;
    const missing = randomUUID();
    expect(await outcomeOf(deleteIrlsScore({ userId: other, id: score.id }))).toEqual(
      await outcomeOf(deleteIrlsScore({ userId: other, id: missing })),
    );
    expect(await saveIrlsScore({ userId: other, score: { id: score.id, scoredOn: '2025-03-02', total: 30 } })).toBeUndefined();
    expect(await listIrlsScores({ userId: owner })).toEqual([score]);
  });
});
