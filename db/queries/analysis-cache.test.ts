import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factorLinks, linkFactors } from '@/lib/insights/factor-links';
import { addDays } from '@/lib/nights';
import { seedDemoAccount } from '../seed';
import { analysisCache, dailyFactors, episodes, users } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { cachedAnalysis } from './analysis-cache';
import { saveEpisode } from './episodes';
import { loadFactorLinks } from './factor-links';
import { listCustomFactors } from './factors';
import { getFirstLoggedNight, listNightRecords } from './night-records';
import { listRoutines } from './stretches';
import { loadExperimentView, loadExperimentViews } from './experiment-views';
import { listExperiments, setExperimentAdherence } from './experiments';
import { createUser, deleteAccount } from './users';

const newUser = async () =>
  (await createUser({ account: { email: `c-${randomUUID()}@example.com`, passwordHash: 'hash', displayName: 'Sam', timeZone: 'Europe/Berlin' } }))!.id;

describe.each(testDatabaseKinds)('the analysis cache on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const versionOf = async (userId: string) => (await test.handle.db.select({ v: users.dataVersion }).from(users).where(eq(users.id, userId)))[0]!.v;

  it('every insert, update and delete of logged data moves the user’s data version, once per statement and only theirs', async () => {
    const userId = await newUser();
    const other = await newUser();
    const start = await versionOf(userId);
    const otherStart = await versionOf(other);
    const night = '2026-01-10';
    const rows = [0, 1, 2].map((i) => ({
      id: randomUUID(),
      userId,
      nightOf: addDays(night, i),
      startedAt: new Date(`${addDays(night, i)}T22:00:00Z`),
      endedAt: new Date(`${addDays(night, i)}T22:30:00Z`),
      severity: 5,
    }));
    await test.handle.db.insert(episodes).values(rows);
    expect(await versionOf(userId)).toBe(start + 1);
    await test.handle.db.update(episodes).set({ severity: 6 }).where(eq(episodes.userId, userId));
    expect(await versionOf(userId)).toBe(start + 2);
    await test.handle.db.insert(dailyFactors).values({ userId, day: night, alcoholDrinks: 1 });
    expect(await versionOf(userId)).toBe(start + 3);
    await test.handle.db.delete(episodes).where(eq(episodes.id, rows[0]!.id));
    expect(await versionOf(userId)).toBe(start + 4);
    expect(await versionOf(other)).toBe(otherStart);
  });

  it('serves the kept result while data and inputs are unchanged, and works it out again after a write or for other inputs', async () => {
    const userId = await newUser();
    let computed = 0;
    const read = (inputs = '2026-01-20 Europe/Berlin') =>
      cachedAnalysis({ userId, kind: 'test', inputs, compute: async () => ({ run: ++computed }) });
    expect(await read()).toEqual({ run: 1 });
    expect(await read()).toEqual({ run: 1 });
    await saveEpisode({
      userId,
      episode: {
        id: randomUUID(),
        nightOf: '2026-01-19',
        startedAt: new Date('2026-01-19T21:00:00Z'),
        endedAt: new Date('2026-01-19T21:20:00Z'),
        severity: 4,
        bodyAreas: [],
        sensations: [],
        reliefs: [],
        notes: '',
      },
    });
    expect(await read()).toEqual({ run: 2 });
    expect(await read()).toEqual({ run: 2 });
    expect(await read('2026-01-21 Europe/Berlin')).toEqual({ run: 3 });
    expect(await read()).toEqual({ run: 4 });
  });

  it('What’s linked from the cache equals the links worked out afresh, and goes with the account', async () => {
    const demo = await seedDemoAccount({ email: `${randomUUID()}@example.test`, today: '2026-03-20' });
    const request = { userId: demo.userId, timeZone: 'Europe/Berlin', lastNight: '2026-03-19' };
    const first = await loadFactorLinks(request);
    const cached = await loadFactorLinks(request);
    const [firstNight, custom, routines] = await Promise.all([
      getFirstLoggedNight({ userId: demo.userId }),
      listCustomFactors({ userId: demo.userId }),
      listRoutines({ userId: demo.userId }),
    ]);
    const nights = await listNightRecords({ ...request, from: firstNight!, to: request.lastNight, include: { factors: true } });
    const fresh = factorLinks(nights, linkFactors({ custom, routines }));
    expect(fresh.filter((l) => l.result).length).toBeGreaterThan(3);
    expect(cached).toEqual(fresh);
    expect(first).toEqual(fresh);

    expect(await test.handle.db.select().from(analysisCache).where(eq(analysisCache.userId, demo.userId))).toHaveLength(1);
    await deleteAccount({ userId: demo.userId, email: demo.email });
    expect(await test.handle.db.select().from(analysisCache).where(eq(analysisCache.userId, demo.userId))).toHaveLength(0);
  });

  it('an experiment’s page from the cache equals the one worked out afresh, and follows an adherence choice', async () => {
    const demo = await seedDemoAccount({ email: `${randomUUID()}@example.test`, today: '2026-03-20' });
    const who = { userId: demo.userId, timeZone: 'Europe/Berlin', tonight: '2026-03-20' };
    const finished = (await listExperiments(who)).find((p) => p.status === 'finished')!;
    const fresh = (await loadExperimentViews(who)).find((v) => v.plan.id === finished.id)!;
    expect(fresh.result.asScheduled.nightsUsed).toBeGreaterThan(0);
    expect(await loadExperimentView({ ...who, id: finished.id })).toEqual(fresh);
    expect(await loadExperimentView({ ...who, id: finished.id })).toEqual(fresh);

    const night = fresh.schedule.find((n) => n.condition === 'A' && !n.washout)!.nightOf;
    await setExperimentAdherence({ userId: demo.userId, id: finished.id, nightOf: night, adhered: false });
    const after = (await loadExperimentView({ ...who, id: finished.id }))!;
    expect(after.plan.adherence).toContainEqual({ nightOf: night, adhered: false });
    expect(after).toEqual((await loadExperimentViews(who)).find((v) => v.plan.id === finished.id));
    expect(await loadExperimentView({ ...who, id: randomUUID() })).toBeUndefined();
  });
});
