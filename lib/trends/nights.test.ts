import { describe, expect, it } from 'vitest';
import { addDays, nightOf, onsetMinutesAfterNoon } from '../nights';
import { fillNights, type EpisodeNightRow } from './nights';

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

describe('fillNights', () => {
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
    const nights = fillNights({
      from: '2025-10-24',
      to: '2025-10-28',
      episodes,
      checkins: [{ nightOf: '2025-10-24', hadSymptoms: false, hoursSlept: 7.5 }],
      beforeBedNights: ['2025-10-26'],
    });
    expect(nights.map((n) => n.nightOf)).toEqual(['2025-10-24', '2025-10-25', '2025-10-26', '2025-10-27', '2025-10-28']);
    expect(nights.map((n) => [n.status, n.severity, n.episodeCount, n.onset])).toEqual([
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
      const nights = fillNights({ from, to, episodes: episodeRows(instants, timeZone), checkins: [] });
      expect(nights).toHaveLength(21);
      expect(new Set(nights.map((n) => n.nightOf)).size).toBe(21);
      nights.forEach((n, i) => expect(n.nightOf).toBe(addDays(from, i)));
      expect(nights.every((n) => n.status === 'episodes' && n.episodeCount === 1)).toBe(true);
    }
  });

  it('counts a "had symptoms" check-in without rated episodes as a night with episodes but no severity', () => {
    const [night] = fillNights({
      from: '2026-01-05',
      to: '2026-01-05',
      episodes: [],
      checkins: [{ nightOf: '2026-01-05', hadSymptoms: true, hoursSlept: null }],
    });
    expect(night).toMatchObject({ status: 'episodes', severity: null, onset: null });
  });

  it('marks the overlay factor present, absent, or not recorded', () => {
    const nights = fillNights({
      from: '2026-01-01',
      to: '2026-01-04',
      episodes: [],
      checkins: [],
      factor: {
        rule: 'high',
        values: [
          { day: '2026-01-01', value: 8 },
          { day: '2026-01-02', value: 6 },
          { day: '2026-01-03', value: null },
        ],
      },
    });
    expect(nights.map((n) => n.factor)).toEqual([true, false, null, null]);
  });
});
