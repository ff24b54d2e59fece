import { describe, expect, it } from 'vitest';
import { addDays } from './calendar-date';
import { nightOf, onsetMinutesAfterNoon } from './night-of';
import { assembleNightRecords, type EpisodeNightRow } from './night-records';

/** Episode rows as the query would aggregate them, from instants attributed with nightOf. */
function episodeRows(instants: { at: string; severity: number }[], timeZone: string): EpisodeNightRow[] {
  const byNight = new Map<string, EpisodeNightRow & { first: number }>();
  for (const { at, severity } of instants) {
    const night = nightOf(at, timeZone);
    const t = Date.parse(at);
    const row = byNight.get(night);
    if (!row) {
      byNight.set(night, { nightOf: night, episodeCount: 1, worstSeverity: severity, firstOnset: onsetMinutesAfterNoon(at, timeZone), first: t });
    } else {
      row.episodeCount++;
      row.worstSeverity = Math.max(row.worstSeverity ?? 0, severity);
      if (t < row.first) Object.assign(row, { first: t, firstOnset: onsetMinutesAfterNoon(at, timeZone) });
    }
  }
  return [...byNight.values()].map(({ first: _first, ...row }) => row);
}

const day = {
  caffeineServings: 2,
  lastCaffeineMinutes: 900,
  alcoholDrinks: 0,
  exerciseMinutes: 30,
  exerciseTimeOfDay: 'evening',
  stress: 4,
  ironSupplement: false,
};

describe('assembleNightRecords', () => {
  it('gives every night of the period, unknown nights kept and never symptom-free', () => {
    const records = assembleNightRecords({
      from: '2026-03-28',
      to: '2026-03-31',
      episodes: [{ nightOf: '2026-03-28', episodeCount: 2, worstSeverity: 6, firstOnset: 600 }],
      checkins: [
        { nightOf: '2026-03-28', hadSymptoms: true, hoursSlept: 5.5 },
        { nightOf: '2026-03-29', hadSymptoms: false, hoursSlept: 8 },
        { nightOf: '2026-03-30', hadSymptoms: true, hoursSlept: null },
      ],
    });
    expect(records.map((r) => [r.nightOf, r.status, r.worstSeverity, r.episodeCount])).toEqual([
      ['2026-03-28', 'episodes', 6, 2],
      ['2026-03-29', 'symptom_free', 0, 0],
      ['2026-03-30', 'episodes', null, 0],
      ['2026-03-31', 'unknown', null, 0],
    ]);
    expect(records[0]).toMatchObject({ firstOnset: 600, hoursSlept: 5.5, beforeBedStretch: false, routineIds: [], factors: null });
  });

  it('carries stretching and the day’s factors, built-in and custom', () => {
    const [first, second, third] = assembleNightRecords({
      from: '2026-01-01',
      to: '2026-01-03',
      episodes: [],
      checkins: [],
      stretching: [{ nightOf: '2026-01-01', beforeBed: true, routineIds: ['r-1'] }],
      factors: {
        days: [{ day: '2026-01-01', ...day }],
        custom: [
          { day: '2026-01-01', factorId: 'f-1', value: 1 },
          { day: '2026-01-02', factorId: 'f-1', value: 0 },
        ],
      },
    });
    expect(first).toMatchObject({ beforeBedStretch: true, routineIds: ['r-1'], factors: { ...day, custom: { 'f-1': 1 } } });
    expect(second!.factors).toMatchObject({ caffeineServings: null, stress: null, custom: { 'f-1': 0 } });
    expect(third!.factors).toBeNull();
  });

  it('lets logged episodes outweigh a contradicting "no symptoms" check-in', () => {
    const [night] = assembleNightRecords({
      from: '2026-01-01',
      to: '2026-01-01',
      episodes: [{ nightOf: '2026-01-01', episodeCount: 1, worstSeverity: 3, firstOnset: 660 }],
      checkins: [{ nightOf: '2026-01-01', hadSymptoms: false, hoursSlept: 7 }],
    });
    expect(night).toMatchObject({ status: 'episodes', worstSeverity: 3, episodeCount: 1, firstOnset: 660, hoursSlept: 7 });
  });

  it('counts a "had symptoms" check-in without rated episodes as a night with episodes but no severity', () => {
    const [night] = assembleNightRecords({
      from: '2026-01-05',
      to: '2026-01-05',
      episodes: [],
      checkins: [{ nightOf: '2026-01-05', hadSymptoms: true, hoursSlept: null }],
    });
    expect(night).toMatchObject({ status: 'episodes', worstSeverity: null, episodeCount: 0, firstOnset: null });
  });

  it('returns nothing for an empty range', () => {
    expect(assembleNightRecords({ from: '2026-01-02', to: '2026-01-01', episodes: [], checkins: [] })).toEqual([]);
  });

  it('keeps one slot per night across the autumn daylight-saving change, with unknown nights as gaps', () => {
    // Berlin falls back at 03:00 on 26 Oct 2025: 01:30 UTC and 02:30 UTC are both around 02:30–03:30 local.
    const episodes = episodeRows(
      [
        { at: '2025-10-25T21:00:00Z', severity: 4 }, // 23:00 CEST, night of the 25th
        { at: '2025-10-26T00:30:00Z', severity: 7 }, // 02:30 CEST, same night
        { at: '2025-10-26T01:30:00Z', severity: 5 }, // 02:30 CET after the change, same night
        { at: '2025-10-26T22:15:00Z', severity: 3 }, // 23:15 CET, night of the 26th
      ],
      'Europe/Berlin',
    );
    const nights = assembleNightRecords({
      from: '2025-10-24',
      to: '2025-10-28',
      episodes,
      checkins: [{ nightOf: '2025-10-24', hadSymptoms: false, hoursSlept: 7.5 }],
      stretching: [{ nightOf: '2025-10-26', beforeBed: true, routineIds: [] }],
    });
    expect(nights.map((n) => n.nightOf)).toEqual(['2025-10-24', '2025-10-25', '2025-10-26', '2025-10-27', '2025-10-28']);
    expect(nights.map((n) => [n.status, n.worstSeverity, n.episodeCount, n.firstOnset])).toEqual([
      ['symptom_free', 0, 0, null],
      ['episodes', 7, 3, 660],
      ['episodes', 3, 1, 675],
      ['unknown', null, 0, null],
      ['unknown', null, 0, null],
    ]);
    expect(nights[0]!.hoursSlept).toBe(7.5);
    expect(nights.map((n) => n.beforeBedStretch)).toEqual([false, false, true, false, false]);
  });

  it('neither skips nor repeats a night over spring-forward changes in two zones', () => {
    for (const [timeZone, changeDay] of [
      ['Europe/Berlin', '2026-03-29'],
      ['America/New_York', '2026-03-08'],
    ] as const) {
      const from = addDays(changeDay, -10);
      const to = addDays(changeDay, 10);
      // An episode at 02:30 UTC every night lands on a distinct night in either zone.
      const instants = Array.from({ length: 21 }, (_, i) => ({ at: `${addDays(from, i + 1)}T02:30:00Z`, severity: 2 }));
      const nights = assembleNightRecords({ from, to, episodes: episodeRows(instants, timeZone), checkins: [] });
      expect(nights).toHaveLength(21);
      expect(new Set(nights.map((n) => n.nightOf)).size).toBe(21);
      nights.forEach((n, i) => expect(n.nightOf).toBe(addDays(from, i)));
      expect(nights.every((n) => n.status === 'episodes' && n.episodeCount === 1)).toBe(true);
    }
  });
});
