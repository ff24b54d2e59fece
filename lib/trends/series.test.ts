import { describe, expect, it } from 'vitest';
import { addDays } from '../nights';
import type { NightRecord } from '../nights/night-record';
import { TEST_OVERLAY, nightRecord, overlayMarked } from './testing';
import { nightSeries } from './series';
import { weekSeries, weeksOfSeries } from './week-series';
import { bucketWeeks } from './weekly';

const nightsFrom = (from: string, severities: (number | null)[], factor: boolean | null = null): NightRecord[] =>
  severities.map((severity, i) =>
    nightRecord(addDays(from, i), {
      status: severity === null ? 'unknown' : severity === 0 ? 'symptom_free' : 'episodes',
      worstSeverity: severity,
      episodeCount: severity ? 1 : 0,
      hoursSlept: severity === null ? null : 6 + (i % 3) / 3,
      factors: overlayMarked(factor),
    }),
  );

describe('nightSeries', () => {
  it('keeps unknown nights as gaps and needs 3 of 7 known nights for the short mean', () => {
    const s = nightSeries(nightsFrom('2026-02-01', [4, null, null, 6, null, 2, null, null, null, null, null, 8]));
    expect(s.from).toBe('2026-02-01');
    expect(s.status).toBe('euueueuuuuue');
    expect(s.severity).toEqual([4, null, null, 6, null, 2, null, null, null, null, null, 8]);
    expect(s.mean7).toEqual([null, null, null, null, null, 4, 4, null, null, null, null, null]);
  });

  it('needs 7 known nights of 28 for the long mean, on sparse data', () => {
    // Every fourth night known: the 7th known night arrives at index 24.
    const severities = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? (i / 4) % 3 : null));
    const s = nightSeries(nightsFrom('2026-01-01', severities));
    const firstLong = s.mean28.findIndex((v) => v !== null);
    expect(firstLong).toBe(24);
    const window = severities.slice(0, 25).filter((v): v is number => v !== null);
    expect(s.mean28[24]).toBeCloseTo(window.reduce((a, b) => a + b, 0) / window.length, 2);
    expect(s.mean28[39]).not.toBeNull();
  });

  it('looks back into the lead-in nights so a period’s first nights have means', () => {
    const leadIn = nightsFrom('2026-01-01', Array(27).fill(3));
    const period = nightsFrom('2026-01-28', [6, 6, 6]);
    const s = nightSeries(period, { leadIn });
    expect(s.from).toBe('2026-01-28');
    expect(s.severity).toEqual([6, 6, 6]);
    expect(s.mean7[0]).toBeCloseTo((6 * 3 + 6) / 7, 2);
    expect(s.mean28[0]).toBeCloseTo((27 * 3 + 6) / 28, 2);
    expect(nightSeries(period).mean7[0]).toBeNull();
  });

  it('adds the overlay only when asked', () => {
    expect(nightSeries(nightsFrom('2026-01-01', [1, null], true), { factor: TEST_OVERLAY }).factor).toEqual([1, 1]);
    expect(nightSeries(nightsFrom('2026-01-01', [1, null], false), { factor: TEST_OVERLAY }).factor).toEqual([0, 0]);
    expect(nightSeries(nightsFrom('2026-01-01', [1, null], null), { factor: TEST_OVERLAY }).factor).toEqual([null, null]);
    expect(nightSeries(nightsFrom('2026-01-01', [1, null], true)).factor).toBeNull();
  });
});

describe('weekSeries', () => {
  it('carries the weeks as columns and gives back exactly what bucketWeeks made, partial weeks and a DST change included', () => {
    const nights = nightsFrom(
      '2026-03-18',
      Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? null : i % 3)),
    ).map((n, i) => ({ ...n, firstOnset: n.status === 'episodes' ? 600 + i : null, beforeBedStretch: i % 4 === 0 }));
    for (const weekStartsOn of [0, 1, 6] as const) {
      const weeks = bucketWeeks(nights, weekStartsOn);
      const series = weekSeries(weeks);
      expect(series.from).toBe(weeks[0]!.weekStart);
      expect(series.nights).toHaveLength(weeks.length);
      expect(weeksOfSeries(series)).toEqual(weeks);
    }
    expect(weeksOfSeries(weekSeries([]))).toEqual([]);
  });
});
