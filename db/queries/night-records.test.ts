import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, nightOf, onsetMinutesAfterNoon } from '@/lib/nights';
import type { NightRecord } from '@/lib/nights/night-record';
import { builtInOverlayFactors, customOverlayFactor, nightFactorMark, type OverlayFactor } from '@/lib/trends';
import { customFactors, customFactorValues, dailyFactors, episodes, nightCheckins, routines, stretchSessions } from '../schema';
import { seedDemoAccount } from '../seed';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { getFirstLoggedNight, isNightLogged, listNightRecords } from './night-records';
import { createUser } from './users';

const newUser = async (timeZone: string) =>
  (await createUser({
    account: { email: `n-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'N', timeZone },
  }))!;

const factor = (key: string) => builtInOverlayFactors().find((f) => f.key === key)!;

/** 'HH:MM[:SS]' as minutes after midnight, seconds kept as a fraction. */
const clockMinutes = (clock: string) => {
  const [h, m, s] = clock.split(':').map(Number) as [number, number, number];
  return h * 60 + m + (s ?? 0) / 60;
};

/** The raw rows of a user, for computing the expected nights without the queries or lib/nights. */
async function rawRows(test: TestDatabase, userId: string) {
  const db = test.handle.db;
  const [eps, checkins, sessions, factors, customValues] = await Promise.all([
    db.select().from(episodes).where(eq(episodes.userId, userId)),
    db.select().from(nightCheckins).where(eq(nightCheckins.userId, userId)),
    db.select().from(stretchSessions).where(eq(stretchSessions.userId, userId)),
    db.select().from(dailyFactors).where(eq(dailyFactors.userId, userId)),
    db.select().from(customFactorValues).where(eq(customFactorValues.userId, userId)),
  ]);
  return { eps, checkins, sessions, factors, customValues };
}

/** The night records computed straight from the raw rows. */
async function expectedNights(
  test: TestDatabase,
  { userId, timeZone, from, to }: { userId: string; timeZone: string; from: string; to: string },
): Promise<NightRecord[]> {
  const { eps, checkins, sessions, factors, customValues } = await rawRows(test, userId);
  const out: NightRecord[] = [];
  for (let night = from; night <= to; night = addDays(night, 1)) {
    const nightEps = eps.filter((e) => e.nightOf === night).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const checkin = checkins.find((c) => c.nightOf === night);
    const nightSessions = sessions.filter((s) => s.nightOf === night);
    const day = factors.find((f) => f.day === night);
    const custom = customValues.filter((v) => v.day === night);
    const rated = nightEps.map((e) => e.severity).filter((s): s is number => s !== null);
    const status = nightEps.length ? 'episodes' : checkin ? (checkin.hadSymptoms ? 'episodes' : 'symptom_free') : 'unknown';
    out.push({
      nightOf: night,
      status,
      worstSeverity: nightEps.length ? (rated.length ? Math.max(...rated) : null) : status === 'symptom_free' ? 0 : null,
      episodeCount: nightEps.length,
      firstOnset: nightEps.length ? onsetMinutesAfterNoon(nightEps[0]!.startedAt, timeZone) : null,
      hoursSlept: checkin?.hoursSlept ?? null,
      beforeBedStretch: nightSessions.some((s) => s.context === 'before_bed'),
      routineIds: [...new Set(nightSessions.flatMap((s) => (s.routineId ? [s.routineId] : [])))],
      factors:
        day || custom.length
          ? {
              caffeineServings: day?.caffeineServings ?? null,
              lastCaffeineMinutes: day?.lastCaffeineAt ? Math.floor(clockMinutes(day.lastCaffeineAt)) : null,
              alcoholDrinks: day?.alcoholDrinks ?? null,
              exerciseMinutes: day?.exerciseMinutes ?? null,
              exerciseTimeOfDay: day?.exerciseTimeOfDay ?? null,
              stress: day?.stress ?? null,
              ironSupplement: day?.ironSupplement ?? null,
              custom: Object.fromEntries(custom.map((v) => [v.factorId, v.value])),
            }
          : null,
    });
  }
  return out;
}

/** The overlay's mark per night, from the raw rows and the rules as the product states them. */
async function expectedMarks(
  test: TestDatabase,
  { userId, from, to, overlay }: { userId: string; from: string; to: string; overlay: OverlayFactor },
): Promise<(boolean | null)[]> {
  const { factors, customValues } = await rawRows(test, userId);
  const factorValue = (day: string): number | null => {
    if (overlay.source.kind === 'custom') {
      const id = overlay.source.factorId;
      return customValues.find((v) => v.factorId === id && v.day === day)?.value ?? null;
    }
    const row = factors.find((f) => f.day === day);
    if (!row) return null;
    switch (overlay.source.column) {
      case 'caffeine':
        return row.caffeineServings;
      case 'late_caffeine':
        if (row.lastCaffeineAt) return clockMinutes(row.lastCaffeineAt);
        return row.caffeineServings === 0 ? 0 : null;
      case 'alcohol':
        return row.alcoholDrinks;
      case 'exercise':
        return row.exerciseMinutes;
      case 'stress':
        return row.stress;
      case 'iron':
        return row.ironSupplement === null ? null : row.ironSupplement ? 1 : 0;
    }
  };
  const marked = (v: number | null): boolean | null => {
    if (v === null) return null;
    if (overlay.rule === 'positive') return v > 0;
    if (overlay.rule === 'yes') return v >= 0.5;
    if (overlay.rule === 'high') return v >= 7;
    return v >= 14 * 60;
  };
  const out: (boolean | null)[] = [];
  for (let night = from; night <= to; night = addDays(night, 1)) out.push(marked(factorValue(night)));
  return out;
}

const marks = (nights: readonly NightRecord[], overlay: OverlayFactor) => nights.map((n) => nightFactorMark(n, overlay));

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

  it('knows whether a night is logged: by a check-in or an episode, for its owner only', async () => {
    const db = test.handle.db;
    const user = await newUser('UTC');
    const other = await newUser('UTC');
    await db.insert(nightCheckins).values({ id: randomUUID(), userId: user.id, nightOf: '2026-02-01', hadSymptoms: false });
    await db.insert(episodes).values({
      id: randomUUID(), userId: user.id, nightOf: '2026-02-02', startedAt: new Date('2026-02-02T23:00:00Z'), endedAt: null, severity: 5,
    });
    expect(await isNightLogged({ userId: user.id, nightOf: '2026-02-01' })).toBe(true);
    expect(await isNightLogged({ userId: user.id, nightOf: '2026-02-02' })).toBe(true);
    expect(await isNightLogged({ userId: user.id, nightOf: '2026-02-03' })).toBe(false);
    expect(await isNightLogged({ userId: other.id, nightOf: '2026-02-01' })).toBe(false);
  });

  it('aggregates known rows per night across a daylight-saving change, in the user’s zone, scoped to the user', async () => {
    const tz = 'Europe/Berlin';
    const user = await newUser(tz);
    const other = await newUser('America/New_York');
    const db = test.handle.db;
    const episode = (userId: string, at: string, severity: number | null, zone = tz) => {
      const startedAt = new Date(at);
      return {
        id: randomUUID(),
        userId,
        nightOf: nightOf(startedAt, zone),
        startedAt,
        endedAt: severity === null ? null : new Date(startedAt.getTime() + 1_800_000),
        severity,
      };
    };
    await db.insert(episodes).values([
      episode(user.id, '2025-10-25T20:59:59.900Z', 4), // 22:59:59 CEST: seconds are truncated → 22:59
      episode(user.id, '2025-10-26T00:30:00Z', 7), // 02:30 CEST
      episode(user.id, '2025-10-26T01:30:00Z', 5), // 02:30 CET, after the clocks went back
      episode(user.id, '2025-10-27T11:59:00Z', 2), // 12:59 CET: a new night begins at noon
      episode(user.id, '2025-10-28T23:10:00Z', null), // 00:10 on the 29th, still running
      episode(other.id, '2025-10-26T02:00:00Z', 10, 'America/New_York'),
    ]);
    await db.insert(nightCheckins).values([
      { id: randomUUID(), userId: user.id, nightOf: '2025-10-24', hadSymptoms: false, hoursSlept: 7.25 },
      { id: randomUUID(), userId: user.id, nightOf: '2025-10-25', hadSymptoms: true, hoursSlept: 6.3 },
      { id: randomUUID(), userId: user.id, nightOf: '2025-10-30', hadSymptoms: true, hoursSlept: null },
      { id: randomUUID(), userId: other.id, nightOf: '2025-10-27', hadSymptoms: false, hoursSlept: 9 },
    ]);
    const session = (userId: string, night: string, context: string) => ({
      id: randomUUID(),
      userId,
      nightOf: night,
      performedAt: new Date(`${night}T20:00:00Z`),
      context,
    });
    await db.insert(stretchSessions).values([
      session(user.id, '2025-10-25', 'before_bed'),
      session(user.id, '2025-10-25', 'before_bed'),
      session(user.id, '2025-10-26', 'during_episode'),
      session(other.id, '2025-10-24', 'before_bed'),
    ]);
    await db.insert(dailyFactors).values([
      { userId: user.id, day: '2025-10-24', caffeineServings: 0, stress: 8 },
      { userId: user.id, day: '2025-10-25', caffeineServings: 2, lastCaffeineAt: '15:30', stress: 3 },
      { userId: user.id, day: '2025-10-26', caffeineServings: 1, lastCaffeineAt: '09:00:30', ironSupplement: true },
      { userId: user.id, day: '2025-10-27', caffeineServings: 3 },
      // Half a minute before 14:00 is not yet late caffeine.
      { userId: user.id, day: '2025-10-28', caffeineServings: 1, lastCaffeineAt: '13:59:30' },
      { userId: other.id, day: '2025-10-28', caffeineServings: 5, lastCaffeineAt: '20:00', stress: 10 },
    ]);

    const steps = randomUUID();
    await db.insert(customFactors).values({ id: steps, userId: user.id, name: 'Steps (thousands)', kind: 'number' });
    await db.insert(customFactorValues).values([{ userId: user.id, factorId: steps, day: '2025-10-24', value: 6.3 }]);

    const range = { userId: user.id, timeZone: tz, from: '2025-10-23', to: '2025-10-31' };
    const nights = await listNightRecords({ ...range, include: { factors: true } });
    expect(nights).toEqual(await expectedNights(test, range));
    // The same facts, spelled out.
    expect(nights.map((n) => [n.nightOf, n.status, n.worstSeverity, n.episodeCount, n.firstOnset])).toEqual([
      ['2025-10-23', 'unknown', null, 0, null],
      ['2025-10-24', 'symptom_free', 0, 0, null],
      ['2025-10-25', 'episodes', 7, 3, 659],
      ['2025-10-26', 'unknown', null, 0, null],
      ['2025-10-27', 'episodes', 2, 1, 59],
      ['2025-10-28', 'episodes', null, 1, 730],
      ['2025-10-29', 'unknown', null, 0, null],
      ['2025-10-30', 'episodes', null, 0, null],
      ['2025-10-31', 'unknown', null, 0, null],
    ]);
    expect(marks(nights, factor('late_caffeine'))).toEqual([null, false, true, false, null, false, null, null, null]);
    // Read as the stored real, not widened to 6.300000190734863.
    expect(nights.map((n) => n.hoursSlept)).toEqual([null, 7.25, 6.3, null, null, null, null, null, null]);
    expect(nights[1]!.factors?.custom).toEqual({ [steps]: 6.3 });
    expect(nights[5]!.factors?.lastCaffeineMinutes).toBe(13 * 60 + 59);
    expect(nights.filter((n) => n.beforeBedStretch).map((n) => n.nightOf)).toEqual(['2025-10-25']);
    for (const key of ['caffeine', 'late_caffeine', 'alcohol', 'stress', 'iron', 'exercise']) {
      expect(marks(nights, factor(key))).toEqual(await expectedMarks(test, { ...range, overlay: factor(key) }));
    }
    // Read without stretching or factors, the rest of each night is the same.
    const lean = await listNightRecords({ ...range, include: { stretching: false } });
    expect(lean).toEqual(nights.map((n) => ({ ...n, beforeBedStretch: false, routineIds: [], factors: null })));

    expect(await getFirstLoggedNight({ userId: user.id })).toBe('2025-10-24');
    expect(await getFirstLoggedNight({ userId: other.id })).toBe('2025-10-25');
    expect(await getFirstLoggedNight({ userId: (await newUser(tz)).id })).toBeNull();
    expect(await listNightRecords({ ...range, from: '2025-11-02', to: '2025-11-01' })).toEqual([]);
  });

  it('matches the raw rows over six months of demo nights, with a custom factor overlay', async () => {
    const tz = 'America/New_York';
    const seeded = await seedDemoAccount({ today: '2025-11-20', email: `demo-${randomUUID()}@example.com`, timeZone: tz });
    const [custom] = await test.handle.db.select().from(customFactors).where(eq(customFactors.userId, seeded.userId));
    const overlay = customOverlayFactor({ id: custom!.id, name: custom!.name, kind: custom!.kind as 'boolean' });
    const first = await getFirstLoggedNight({ userId: seeded.userId });
    expect(first).not.toBeNull();
    const range = { userId: seeded.userId, timeZone: tz, from: addDays(first!, -3), to: '2025-11-19' };
    const nights = await listNightRecords({ ...range, include: { factors: true } });
    const expected = await expectedNights(test, range);
    expect(nights).toEqual(expected);
    expect(marks(nights, overlay)).toEqual(await expectedMarks(test, { ...range, overlay }));
    // The demo data has all kinds of nights, so the comparison means something.
    expect(nights.filter((n) => n.status === 'unknown').length).toBeGreaterThan(5);
    expect(nights.filter((n) => n.status === 'symptom_free').length).toBeGreaterThan(5);
    expect(nights.filter((n) => n.firstOnset !== null).length).toBeGreaterThan(50);
    expect(marks(nights, overlay).filter((m) => m === true).length).toBeGreaterThan(5);
    expect(nights.filter((n) => n.beforeBedStretch).length).toBeGreaterThan(20);

    const late = factor('late_caffeine');
    expect(marks(nights, late)).toEqual(await expectedMarks(test, { ...range, overlay: late }));
    // Another user's nights hold nothing of this user's, custom factor included.
    const stranger = await newUser(tz);
    const strangers = await listNightRecords({ ...range, userId: stranger.id, include: { factors: true } });
    expect(strangers.every((n) => n.status === 'unknown' && n.factors === null && nightFactorMark(n, overlay) === null)).toBe(true);
  });
});
