import { describe, expect, it } from 'vitest';
import { addDays } from '../nights';
import type { NightRecord } from '../nights/night-record';
import { nightRecord } from './testing';
import { bucketWeeks } from './weekly';
import { weekStartOf, type WeekDay } from './weeks';

const night = nightRecord;
const range = (from: string, count: number, each: (d: string, i: number) => Partial<NightRecord> = () => ({})) =>
  Array.from({ length: count }, (_, i) => night(addDays(from, i), each(addDays(from, i), i)));

describe('bucketWeeks', () => {
  // 2026-03-04 is a Wednesday; 10 nights run to Friday 13th.
  const nights = range('2026-03-04', 10, (_, i) =>
    i % 3 === 2
      ? {}
      : i % 2 === 0
        ? { status: 'episodes', worstSeverity: 5, episodeCount: 1, firstOnset: 600 + i * 10, beforeBedStretch: i < 4 }
        : { status: 'symptom_free', worstSeverity: 0 },
  );

  it('starts weeks on Monday, with partial weeks at both ends', () => {
    const weeks = bucketWeeks(nights, 1);
    expect(weeks.map((w) => [w.weekStart, w.nights])).toEqual([
      ['2026-03-02', 5],
      ['2026-03-09', 5],
    ]);
    expect(weeks.reduce((s, w) => s + w.nights, 0)).toBe(10);
  });

  it('starts weeks on Sunday when the locale does', () => {
    const weeks = bucketWeeks(nights, 0);
    expect(weeks.map((w) => [w.weekStart, w.nights])).toEqual([
      ['2026-03-01', 4],
      ['2026-03-08', 6],
    ]);
  });

  it('divides nights with episodes by known nights, never by all nights', () => {
    const [first] = bucketWeeks(nights, 1);
    // Wed..Sun: i=0 episodes, 1 free, 2 unknown, 3 free, 4 episodes
    expect(first).toMatchObject({ knownNights: 4, episodeNights: 2, frequency: 0.5, onsetNights: 2, medianOnset: 620, stretchNights: 1 });
    const empty = bucketWeeks(range('2026-03-02', 7), 1);
    expect(empty[0]).toMatchObject({ knownNights: 0, frequency: null, medianOnset: null });
  });

  it('puts every night of a long span in the week weekStartOf names, for every first day', () => {
    const long = range('2025-10-20', 400);
    for (const start of [0, 1, 2, 3, 4, 5, 6] as WeekDay[]) {
      const weeks = bucketWeeks(long, start);
      let i = 0;
      for (const week of weeks) {
        for (let k = 0; k < week.nights; k++, i++) expect(weekStartOf(long[i]!.nightOf, start)).toBe(week.weekStart);
      }
      expect(i).toBe(400);
    }
  });
});
