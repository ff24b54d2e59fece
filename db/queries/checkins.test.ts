import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nightCheckins } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { getCheckin, saveCheckin, type CheckinWrite } from './checkins';
import { createUser } from './users';

const newUser = async () =>
  (await createUser({
    account: { email: `c-${randomUUID()}@example.com`, passwordHash: 'hash', displayName: 'Sam', timeZone: 'Europe/Berlin' },
  }))!.id;

const checkin = (over: Partial<CheckinWrite> = {}): CheckinWrite => ({
  id: randomUUID(),
  nightOf: '2025-03-03',
  hadSymptoms: true,
  bedtime: null,
  wakeTime: null,
  hoursSlept: 6.5,
  awakenings: 2,
  sleepQuality: 3,
  ...over,
});

describe.each(testDatabaseKinds)('check-in queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('keeps one check-in per night, and gives a new row to an id reused for another night', async () => {
    const userId = await newUser();
    const first = await saveCheckin({ userId, checkin: checkin() });
    const edited = await saveCheckin({ userId, checkin: checkin({ id: randomUUID(), hoursSlept: 7 }) });
    expect(edited).toMatchObject({ id: first!.id, hoursSlept: 7 });
    const next = await saveCheckin({ userId, checkin: checkin({ id: first!.id, nightOf: '2025-03-04' }) });
    expect(next!.id).not.toBe(first!.id);
    expect(await test.handle.db.select().from(nightCheckins).where(eq(nightCheckins.userId, userId))).toHaveLength(2);
  });

  it('refuses another user’s check-in id, without touching or revealing it', async () => {
    const owner = await newUser();
    const other = await newUser();
    const theirs = await saveCheckin({ userId: owner, checkin: checkin() });
    expect(await saveCheckin({ userId: other, checkin: checkin({ id: theirs!.id, hoursSlept: 1 }) })).toBeUndefined();
    expect(await saveCheckin({ userId: other, checkin: checkin({ id: theirs!.id, nightOf: '2025-03-09' }) })).toBeUndefined();
    expect(await test.handle.db.select().from(nightCheckins).where(eq(nightCheckins.userId, other))).toEqual([]);
    expect(await getCheckin({ userId: owner, nightOf: '2025-03-03' })).toEqual(theirs);
    expect(await getCheckin({ userId: other, nightOf: '2025-03-03' })).toBeUndefined();
  });
});
