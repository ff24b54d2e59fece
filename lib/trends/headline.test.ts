import { describe, expect, it } from 'vitest';
import { addDays } from '../nights';
import { describeChange, headlineFigures, headlineRows } from './headline';
import type { NightRecord } from '../nights/night-record';
import { nightRecord } from './testing';

const nights = (from: string, spec: (number | null | 'symptoms')[], hours: (number | null)[] = []): NightRecord[] =>
  spec.map((s, i) =>
    nightRecord(addDays(from, i), {
      status: s === null ? 'unknown' : s === 0 ? 'symptom_free' : 'episodes',
      worstSeverity: s === 'symptoms' ? null : s,
      episodeCount: typeof s === 'number' && s > 0 ? 1 : 0,
      hoursSlept: hours[i] ?? null,
    }),
  );

describe('headlineFigures', () => {
  it('counts logged nights, rates episode nights per 7 logged nights, and leaves gaps out of severity', () => {
    const f = headlineFigures(nights('2026-01-01', [0, 4, null, 6, 'symptoms', null, 2], [7, 5, null, 6.5]));
    expect(f).toMatchObject({ nights: 7, knownNights: 5, episodeNights: 4, ratedNights: 4, sleepNights: 3 });
    expect(f.episodeNightsPerWeek).toBeCloseTo((7 * 4) / 5, 10);
    expect(f.meanSeverity).toBeCloseTo(3, 10);
    expect(f.medianSeverity).toBe(3);
    expect(f.meanHoursSlept).toBeCloseTo(6.1666667, 6);
  });

  it('has no rates or means for a period with nothing logged', () => {
    const f = headlineFigures(nights('2026-01-01', [null, null]));
    expect(f).toMatchObject({ knownNights: 0, episodeNightsPerWeek: null, meanSeverity: null, medianSeverity: null, meanHoursSlept: null });
  });
});

describe('describeChange', () => {
  it('says the direction in an arrow and in words, at the shown precision', () => {
    expect(describeChange(2.74, 3.12, 1)).toEqual({ direction: 'down', arrow: '↓', words: 'down 0.4 from 3.1' });
    expect(describeChange(20, 14, 0)).toEqual({ direction: 'up', arrow: '↑', words: 'up 6 from 14' });
    expect(describeChange(3.04, 2.96, 1)).toEqual({ direction: 'same', arrow: '→', words: 'no change from 3.0' });
    expect(describeChange(null, 3, 1)).toBeNull();
    expect(describeChange(3, null, 1)).toBeNull();
  });

  it('compares every headline row only when there is a previous period', () => {
    const current = headlineFigures(nights('2026-01-08', [5, 5, 0, 0, 4, 3, 2]));
    const previous = headlineFigures(nights('2026-01-01', [5, null, 6, 7, 4, null, 2]));
    const rows = headlineRows(current, previous);
    expect(rows.map((r) => r.id)).toEqual(['logged', 'frequency', 'mean_severity', 'median_severity', 'sleep']);
    expect(rows[0]).toMatchObject({ value: '7 of 7', change: { words: 'up 2 from 5' } });
    expect(rows[1]!.change?.direction).toBe('down');
    expect(rows[4]!.change).toBeNull(); // no sleep logged on either side
    expect(headlineRows(current, null).every((r) => r.change === null)).toBe(true);
  });
});
