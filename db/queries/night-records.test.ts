import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customFactors, customFactorValues, dailyFactors, episodes, nightCheckins, routines, stretchSessions } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { listNightRecords } from './night-records';
import { createUser } from './users';

const newUser = async (timeZone: string) =>
  (await createUser({
    account: { email: `n-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'N', timeZone },
  }))!;

describe.each(testDatabaseKinds)('night records on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('reads outcome, stretching and the day’s factors per night, scoped to the user', async () => {
    const tz = 'Europe/Berlin';
    const user = await newUser(tz);
    const other = await newUser(tz);
    const db = test.handle.db;
    const routineId = randomUUID();
    const factorId = randomUUID();
    await db.insert(routines).values({ id: routineId, userId: user.id, name: 'Bedtime' });
    await db.insert(customFactors).values({ id: factorId, userId: user.id, name: 'Hot shower', kind: 'boolean' });
    await db.insert(episodes).values([
      // 23:30 CET and 02:00 CET: one night, first onset 11 h 30 min after noon
      { id: randomUUID(), userId: user.id, nightOf: '2026-01-10', startedAt: new Date('2026-01-10T22:30:00Z'), endedAt: new Date('2026-01-10T23:00:00Z'), severity: 4 },
      { id: randomUUID(), userId: user.id, nightOf: '2026-01-10', startedAt: new Date('2026-01-11T01:00:00Z'), endedAt: new Date('2026-01-11T01:20:00Z'), severity: 7 },
      { id: randomUUID(), userId: other.id, nightOf: '2026-01-11', startedAt: new Date('2026-01-11T22:00:00Z'), endedAt: null, severity: 9 },
    ]);
    await db.insert(nightCheckins).values([
      { id: randomUUID(), userId: user.id, nightOf: '2026-01-10', hadSymptoms: true, hoursSlept: 5.5 },
      { id: randomUUID(), userId: user.id, nightOf: '2026-01-11', hadSymptoms: false, hoursSlept: 8 },
    ]);
    const session = (userId: string, night: string, context: string, routine: string | null) => ({
      id: randomUUID(),
      userId,
      nightOf: night,
      performedAt: new Date(`${night}T20:00:00Z`),
      context,
      routineId: routine,
    });
    await db.insert(stretchSessions).values([
      session(user.id, '2026-01-11', 'before_bed', routineId),
      session(user.id, '2026-01-11', 'before_bed', routineId),
      session(user.id, '2026-01-12', 'during_episode', null),
    ]);
    await db.insert(dailyFactors).values([
      { userId: user.id, day: '2026-01-10', caffeineServings: 2, lastCaffeineAt: '15:30', alcoholDrinks: 1, exerciseMinutes: 20, exerciseTimeOfDay: 'evening', stress: 8, ironSupplement: true },
      { userId: other.id, day: '2026-01-11', caffeineServings: 5 },
    ]);
    await db.insert(customFactorValues).values([{ userId: user.id, factorId, day: '2026-01-11', value: 1 }]);

    const records = await listNightRecords({ userId: user.id, timeZone: tz, from: '2026-01-10', to: '2026-01-13', include: { factors: true } });
    expect(records).toEqual([
      {
        nightOf: '2026-01-10',
        status: 'episodes',
        worstSeverity: 7,
        episodeCount: 2,
        firstOnset: 11 * 60 + 30,
        hoursSlept: 5.5,
        beforeBedStretch: false,
        routineIds: [],
        factors: {
          caffeineServings: 2,
          lastCaffeineMinutes: 15 * 60 + 30,
          alcoholDrinks: 1,
          exerciseMinutes: 20,
          exerciseTimeOfDay: 'evening',
          stress: 8,
          ironSupplement: true,
          custom: {},
        },
      },
      {
        nightOf: '2026-01-11',
        status: 'symptom_free',
        worstSeverity: 0,
        episodeCount: 0,
        firstOnset: null,
        hoursSlept: 8,
        beforeBedStretch: true,
        routineIds: [routineId],
        factors: expect.objectContaining({ caffeineServings: null, custom: { [factorId]: 1 } }),
      },
      expect.objectContaining({ nightOf: '2026-01-12', status: 'unknown', beforeBedStretch: false, routineIds: [], factors: null }),
      expect.objectContaining({ nightOf: '2026-01-13', status: 'unknown', worstSeverity: null }),
    ]);
    const withoutFactors = await listNightRecords({ userId: user.id, timeZone: tz, from: '2026-01-10', to: '2026-01-10' });
    expect(withoutFactors[0]!.factors).toBeNull();
  });
});
