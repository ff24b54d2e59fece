import { describe, expect, it } from 'vitest';
import { addDays, nightOf, wallTimeToInstant } from '../nights';
import { generateDemoData, type DemoData } from './generate';

const TZ = 'Europe/Berlin';
const TODAY = '2025-06-15';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Nightly worst severity: 0 on a checked-in symptom-free night; unknown nights absent. */
function nightlyWorst(data: DemoData): Map<string, number> {
  const worst = new Map<string, number>();
  for (const c of data.checkins) if (!c.hadSymptoms) worst.set(c.nightOf, 0);
  for (const e of data.episodes) worst.set(e.nightOf, Math.max(worst.get(e.nightOf) ?? 0, e.severity));
  return worst;
}

function differenceOfMeans(worst: Map<string, number>, present: (night: string) => boolean): number {
  const on: number[] = [];
  const off: number[] = [];
  for (const [night, y] of worst) (present(night) ? on : off).push(y);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  expect(on.length).toBeGreaterThan(20);
  expect(off.length).toBeGreaterThan(20);
  return mean(on) - mean(off);
}

function plantedEffects(data: DemoData) {
  const worst = nightlyWorst(data);
  const routineNights = new Set(
    data.stretchSessions.filter((s) => s.context === 'before_bed' && s.routineId === data.routine.id).map((s) => s.nightOf),
  );
  const factors = new Map(data.dailyFactors.map((f) => [f.day, f]));
  const custom = new Map(data.customFactorValues.map((v) => [v.day, v.value]));
  return {
    routine: differenceOfMeans(worst, (n) => routineNights.has(n)),
    lateCaffeine: differenceOfMeans(worst, (n) => (factors.get(n)?.lastCaffeineAt ?? '00:00') > '14:00'),
    alcohol: differenceOfMeans(worst, (n) => (factors.get(n)?.alcoholDrinks ?? 0) >= 1),
    customFactor: differenceOfMeans(worst, (n) => custom.get(n) === 1),
  };
}

describe('generateDemoData', () => {
  const data = generateDemoData({ today: TODAY, timeZone: TZ });

  it('is deterministic for a seed, and the seed matters', () => {
    expect(generateDemoData({ today: TODAY, timeZone: TZ })).toEqual(data);
    expect(generateDemoData({ today: TODAY, timeZone: TZ, seed: 7 })).toEqual(
      generateDemoData({ today: TODAY, timeZone: TZ, seed: 7 }),
    );
    const other = generateDemoData({ today: TODAY, timeZone: TZ, seed: 7 });
    expect(other.episodes.map((e) => e.severity)).not.toEqual(data.episodes.map((e) => e.severity));
  });

  it('takes ids from newId without changing the data', () => {
    let n = 0;
    const withIds = generateDemoData({ today: TODAY, timeZone: TZ, newId: () => `id-${n++}` });
    expect(withIds.episodes[0]!.id).toMatch(/^id-\d+$/);
    const strip = (d: DemoData) => d.episodes.map(({ id: _id, ...rest }) => rest);
    expect(strip(withIds)).toEqual(strip(data));
  });

  it('covers 183 nights ending last night', () => {
    expect(data.nights).toHaveLength(183);
    expect(data.nights.at(-1)).toBe(addDays(TODAY, -1));
    expect(data.nights[0]).toBe(addDays(TODAY, -183));
  });

  it('leaves about a tenth of the nights unknown', () => {
    const known = nightlyWorst(data);
    const unknownShare = data.nights.filter((n) => !known.has(n)).length / data.nights.length;
    expect(unknownShare).toBeGreaterThan(0.07);
    expect(unknownShare).toBeLessThan(0.13);
  });

  it('plants the effects a plain difference of means recovers', () => {
    for (const seed of [undefined, 1, 2, 3]) {
      const effects = plantedEffects(generateDemoData({ today: TODAY, timeZone: TZ, seed }));
      expect(Math.abs(effects.routine - -1.5)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(effects.lateCaffeine - 1.2)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(effects.alcohol - 0.8)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(effects.customFactor)).toBeLessThanOrEqual(0.5);
    }
  });

  it('makes symptom-free nights commoner when severity is lower (with the routine)', () => {
    const worst = nightlyWorst(data);
    const routineNights = new Set(data.stretchSessions.filter((s) => s.routineId).map((s) => s.nightOf));
    const freeShare = (withRoutine: boolean) => {
      const nights = [...worst].filter(([n]) => routineNights.has(n) === withRoutine);
      return nights.filter(([, y]) => y === 0).length / nights.length;
    };
    const overall = [...worst.values()].filter((y) => y === 0).length / worst.size;
    expect(overall).toBeGreaterThan(0.05);
    expect(overall).toBeLessThan(0.4);
    expect(freeShare(true)).toBeGreaterThan(freeShare(false));
  });

  it('performs the bedtime routine on roughly half the known nights', () => {
    const known = nightlyWorst(data);
    const routineNights = new Set(data.stretchSessions.filter((s) => s.routineId).map((s) => s.nightOf));
    const share = [...known.keys()].filter((n) => routineNights.has(n)).length / known.size;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
    expect(data.routine.name).toBe('Bedtime');
    expect(data.routine.steps.map((s) => [s.stretchKey, s.repetitions, s.holdSeconds])).toEqual([
      ['calf', 2, 30],
      ['hamstring', 2, 15],
      ['quadriceps', 2, 30],
    ]);
  });

  describe.each([
    ['Europe/Berlin', undefined],
    ['America/New_York', 11],
    ['Australia/Sydney', 12],
  ])('rows valid against the app rules in %s', (timeZone, seed) => {
    const d = generateDemoData({ today: TODAY, timeZone, seed });
    const nights = new Set(d.nights);

    it('episodes', () => {
      expect(d.episodes.length).toBeGreaterThan(100);
      for (const e of d.episodes) {
        expect(Number.isInteger(e.severity) && e.severity >= 0 && e.severity <= 10).toBe(true);
        expect(e.endedAt.getTime()).toBeGreaterThan(e.startedAt.getTime());
        expect(e.endedAt.getTime() - e.startedAt.getTime()).toBeLessThan(24 * 3_600_000);
        expect(e.nightOf).toBe(nightOf(e.startedAt, timeZone));
        expect(nights.has(e.nightOf)).toBe(true);
        expect(e.bodyAreas.length).toBeGreaterThan(0);
        for (const a of e.bodyAreas) expect(['left_leg', 'right_leg', 'arms', 'trunk']).toContain(a);
        for (const s of e.sensations) expect(['urge', 'tingling', 'aching', 'pulling', 'crawling', 'burning']).toContain(s);
        for (const r of e.reliefs) expect(['walking', 'stretching', 'massage', 'bath', 'medication', 'other']).toContain(r);
        expect(new Set(e.bodyAreas).size).toBe(e.bodyAreas.length);
      }
      const sorted = [...d.episodes].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
      sorted.slice(1).forEach((e, i) => expect(e.startedAt.getTime()).toBeGreaterThan(sorted[i]!.endedAt.getTime()));
      // Mostly in the evening and night: 21:00 to 03:00 local.
      const hours = d.episodes.map((e) => Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(e.startedAt)));
      const inWindow = hours.filter((h) => h >= 21 || h < 3).length / hours.length;
      expect(inWindow).toBeGreaterThan(0.7);
    });

    it('check-ins', () => {
      const perNight = new Set(d.checkins.map((c) => c.nightOf));
      expect(perNight.size).toBe(d.checkins.length);
      const withEpisodes = new Set(d.episodes.map((e) => e.nightOf));
      for (const c of d.checkins) {
        expect(nights.has(c.nightOf)).toBe(true);
        expect(c.hadSymptoms).toBe(withEpisodes.has(c.nightOf));
        if (!c.hadSymptoms) continue;
        expect(c.wakeTime!.getTime()).toBeGreaterThan(c.bedtime!.getTime());
        expect(nightOf(c.bedtime!, timeZone)).toBe(c.nightOf);
        expect(c.hoursSlept!).toBeGreaterThan(0);
        expect(c.hoursSlept!).toBeLessThanOrEqual(24);
        expect(Number.isInteger(c.awakenings) && c.awakenings! >= 0 && c.awakenings! <= 50).toBe(true);
        expect([1, 2, 3, 4, 5]).toContain(c.sleepQuality);
      }
    });

    it('stretch sessions, factors, medications and IRLS totals', () => {
      for (const s of d.stretchSessions) {
        expect(s.nightOf).toBe(nightOf(s.performedAt, timeZone));
        expect(['before_bed', 'during_episode']).toContain(s.context);
        if (s.context === 'before_bed') expect(s.routineId).toBe(d.routine.id);
        expect(['calf', 'hamstring', 'quadriceps', 'walking']).toContain(s.stretchKey);
      }
      const during = d.stretchSessions.filter((s) => s.context === 'during_episode');
      expect(during.length).toBeGreaterThan(10);
      for (const s of during) {
        expect(d.episodes.some((e) => e.startedAt <= s.performedAt && s.performedAt <= e.endedAt)).toBe(true);
      }

      const days = new Set(d.dailyFactors.map((f) => f.day));
      expect(days.size).toBe(d.dailyFactors.length);
      for (const f of d.dailyFactors) {
        expect(f.lastCaffeineAt === null).toBe(f.caffeineServings === 0);
        if (f.lastCaffeineAt) expect(f.lastCaffeineAt).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(Number.isInteger(f.stress) && f.stress >= 0 && f.stress <= 10).toBe(true);
        expect(f.exerciseIntensity === null).toBe(f.exerciseMinutes === 0);
      }
      expect(d.customFactor).toMatchObject({ name: 'Hot shower', kind: 'boolean' });
      for (const v of d.customFactorValues) expect([0, 1]).toContain(v.value);

      const [iron, agonist] = d.medications;
      expect(iron!.startedOn).toBe(d.nights[0]);
      expect(agonist!.startedOn).toBe(d.nights[91]);
      for (const dose of d.medicationDoses) {
        const med = d.medications.find((m) => m.id === dose.medicationId)!;
        expect(dose.nightOf).toBe(nightOf(dose.takenAt, timeZone));
        expect(dose.nightOf >= med.startedOn).toBe(true);
      }
      expect(d.medicationDoses.filter((x) => x.medicationId === agonist!.id).length).toBeGreaterThan(60);

      expect(d.irlsScores.length).toBeGreaterThanOrEqual(6);
      d.irlsScores.forEach((s, i) => {
        expect(Number.isInteger(s.total) && s.total >= 0 && s.total <= 40).toBe(true);
        if (i > 0) expect(s.scoredOn).toBe(addDays(d.irlsScores[i - 1]!.scoredOn, 28));
      });

      const ids = [
        ...d.episodes,
        ...d.checkins,
        ...d.stretchSessions,
        ...d.medications,
        ...d.medicationDoses,
        ...d.irlsScores,
        d.routine,
        d.customFactor,
      ].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(UUID);
    });
  });

  it('leaves out whatever lies after `now`, so a night under way has no check-in yet', () => {
    const now = wallTimeToInstant(`${TODAY}T02:00`, TZ);
    const d = generateDemoData({ today: TODAY, timeZone: TZ, now });
    const lastNight = addDays(TODAY, -1);
    expect(data.checkins.some((c) => c.nightOf === lastNight)).toBe(true);
    expect(d.checkins.some((c) => c.nightOf === lastNight)).toBe(false);
    for (const e of d.episodes) expect(e.endedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    for (const s of d.stretchSessions) expect(s.performedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    for (const x of d.medicationDoses) expect(x.takenAt.getTime()).toBeLessThanOrEqual(now.getTime());
    // Earlier nights are untouched.
    expect(d.checkins.filter((c) => c.nightOf < lastNight)).toEqual(data.checkins.filter((c) => c.nightOf < lastNight));
  });
});
