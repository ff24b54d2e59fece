import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, nightOf, onsetMinutesAfterNoon } from '@/lib/nights';
import { builtInOverlayFactors, customOverlayFactor, type OverlayFactor, type TrendNight } from '@/lib/trends';
import { customFactors, customFactorValues, dailyFactors, episodes, nightCheckins, stretchSessions } from '../schema';
import { seedDemoAccount } from '../seed';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { getFirstLoggedNight, getTrendNights } from './trends';
import { createUser } from './users';

const newUser = async (timeZone: string) =>
  (await createUser({
    account: { email: `t-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'T', timeZone },
  }))!;

const factor = (key: string) => builtInOverlayFactors().find((f) => f.key === key)!;

/** The trends nights computed straight from the raw rows, without the queries or lib/trends. */
async function expectedNights(
  test: TestDatabase,
  { userId, timeZone, from, to, overlay }: { userId: string; timeZone: string; from: string; to: string; overlay?: OverlayFactor },
): Promise<TrendNight[]> {
  const db = test.handle.db;
  const [eps, checkins, sessions, factors, customValues] = await Promise.all([
    db.select().from(episodes).where(eq(episodes.userId, userId)),
    db.select().from(nightCheckins).where(eq(nightCheckins.userId, userId)),
    db.select().from(stretchSessions).where(eq(stretchSessions.userId, userId)),
    db.select().from(dailyFactors).where(eq(dailyFactors.userId, userId)),
    db.select().from(customFactorValues).where(eq(customFactorValues.userId, userId)),
  ]);
  const factorValue = (day: string): number | null => {
    if (!overlay) return null;
    if (overlay.source.kind === 'custom') {
      const id = overlay.source.factorId;
      return customValues.find((v) => v.factorId === id && v.day === day)?.value ?? null;
    }
    const row = factors.find((f) => f.day === day);
    if (!row) return null;
    switch (overlay.source.column) {
      case 'caffeine':
        return row.caffeineServings;
      case 'late_caffeine': {
        if (row.lastCaffeineAt) {
          const [h, m, s] = row.lastCaffeineAt.split(':').map(Number) as [number, number, number];
          return h * 60 + m + (s ?? 0) / 60;
        }
        return row.caffeineServings === 0 ? 0 : null;
      }
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
    if (v === null || !overlay) return null;
    if (overlay.rule === 'positive') return v > 0;
    if (overlay.rule === 'yes') return v >= 0.5;
    if (overlay.rule === 'high') return v >= 7;
    return v >= 14 * 60;
  };
  const out: TrendNight[] = [];
  for (let night = from; night <= to; night = addDays(night, 1)) {
    const nightEps = eps.filter((e) => e.nightOf === night).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const checkin = checkins.find((c) => c.nightOf === night);
    const rated = nightEps.map((e) => e.severity).filter((s): s is number => s !== null);
    const status = nightEps.length ? 'episodes' : checkin ? (checkin.hadSymptoms ? 'episodes' : 'symptom_free') : 'unknown';
    out.push({
      nightOf: night,
      status,
      severity: nightEps.length ? (rated.length ? Math.max(...rated) : null) : status === 'symptom_free' ? 0 : null,
      episodeCount: nightEps.length,
      onset: nightEps.length ? onsetMinutesAfterNoon(nightEps[0]!.startedAt, timeZone) : null,
      hoursSlept: checkin?.hoursSlept ?? null,
      beforeBedStretch: sessions.some((s) => s.nightOf === night && s.context === 'before_bed'),
      factor: overlay ? marked(factorValue(night)) : null,
    });
  }
  return out;
}

describe.each(testDatabaseKinds)('trends queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

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
      { userId: other.id, day: '2025-10-28', caffeineServings: 5, lastCaffeineAt: '20:00', stress: 10 },
    ]);

    const range = { userId: user.id, timeZone: tz, from: '2025-10-23', to: '2025-10-31' };
    const nights = await getTrendNights({ ...range, factor: factor('late_caffeine') });
    expect(nights).toEqual(await expectedNights(test, { ...range, overlay: factor('late_caffeine') }));
    // The same facts, spelled out.
    expect(nights.map((n) => [n.nightOf, n.status, n.severity, n.episodeCount, n.onset])).toEqual([
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
    expect(nights.map((n) => n.factor)).toEqual([null, false, true, false, null, null, null, null, null]);
    // Read as the stored real, not widened to 6.300000190734863.
    expect(nights.map((n) => n.hoursSlept)).toEqual([null, 7.25, 6.3, null, null, null, null, null, null]);
    expect(nights.filter((n) => n.beforeBedStretch).map((n) => n.nightOf)).toEqual(['2025-10-25']);
    for (const key of ['caffeine', 'alcohol', 'stress', 'iron', 'exercise']) {
      expect(await getTrendNights({ ...range, factor: factor(key) })).toEqual(
        await expectedNights(test, { ...range, overlay: factor(key) }),
      );
    }

    expect(await getFirstLoggedNight({ userId: user.id })).toBe('2025-10-24');
    expect(await getFirstLoggedNight({ userId: other.id })).toBe('2025-10-25');
    expect(await getFirstLoggedNight({ userId: (await newUser(tz)).id })).toBeNull();
    expect(await getTrendNights({ ...range, from: '2025-11-02', to: '2025-11-01' })).toEqual([]);
  });

  it('matches the raw rows over six months of demo nights, with a custom factor overlay', async () => {
    const tz = 'America/New_York';
    const seeded = await seedDemoAccount({ today: '2025-11-20', email: `demo-${randomUUID()}@example.com`, timeZone: tz });
    const [custom] = await test.handle.db.select().from(customFactors).where(eq(customFactors.userId, seeded.userId));
    const overlay = customOverlayFactor({ id: custom!.id, name: custom!.name, kind: custom!.kind as 'boolean' });
    const first = await getFirstLoggedNight({ userId: seeded.userId });
    expect(first).not.toBeNull();
    const range = { userId: seeded.userId, timeZone: tz, from: addDays(first!, -3), to: '2025-11-19' };
    const nights = await getTrendNights({ ...range, factor: overlay });
    const expected = await expectedNights(test, { ...range, overlay });
    expect(nights).toEqual(expected);
    // The demo data has all kinds of nights, so the comparison means something.
    expect(nights.filter((n) => n.status === 'unknown').length).toBeGreaterThan(5);
    expect(nights.filter((n) => n.status === 'symptom_free').length).toBeGreaterThan(5);
    expect(nights.filter((n) => n.onset !== null).length).toBeGreaterThan(50);
    expect(nights.filter((n) => n.factor === true).length).toBeGreaterThan(5);
    expect(nights.filter((n) => n.beforeBedStretch).length).toBeGreaterThan(20);

    const late = factor('late_caffeine');
    expect(await getTrendNights({ ...range, factor: late })).toEqual(await expectedNights(test, { ...range, overlay: late }));
    // Another user's custom factor id finds nothing.
    const stranger = await newUser(tz);
    const strangers = await getTrendNights({ ...range, userId: stranger.id, factor: overlay });
    expect(strangers.every((n) => n.status === 'unknown' && n.factor === null)).toBe(true);
  });
});
