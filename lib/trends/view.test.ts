import { describe, expect, it } from 'vitest';
import { addDays, datesBetween } from '../nights/calendar-date';
import type { NightRecord } from '../nights/night-record';
import { resolvePeriod } from './period';
import { TEST_OVERLAY, nightRecord, overlayMarked } from './testing';
import { buildTrendsView, trendsReadRange } from './view';

const lastNight = '2026-03-29';

/** The nights of a range, logged as `each` says (unknown where it returns nothing). */
const nightsOf = (range: { from: string; to: string }, each: (night: string, i: number) => Partial<NightRecord> | null) =>
  datesBetween(range.from, range.to).map((night, i) => nightRecord(night, each(night, i) ?? {}));

const episodeNight = (severity: number, over: Partial<NightRecord> = {}): Partial<NightRecord> => ({
  status: 'episodes',
  worstSeverity: severity,
  episodeCount: 1,
  ...over,
});
const freeNight = (over: Partial<NightRecord> = {}): Partial<NightRecord> => ({ status: 'symptom_free', worstSeverity: 0, ...over });

describe('buildTrendsView', () => {
  it('reads the period and the one before it from one list, and compares them', () => {
    const period = resolvePeriod({ key: '4w' }, { lastNight, firstNight: '2025-01-01' });
    const range = trendsReadRange(period);
    expect(range).toEqual({ from: addDays(period.from, -28), to: lastNight });
    // The 4 weeks before: every night severity 6. The period: alternate nights 2 and symptom-free.
    const nights = nightsOf(range, (night, i) =>
      night < period.from ? episodeNight(6, { hoursSlept: 6 }) : i % 2 ? freeNight({ hoursSlept: 8 }) : episodeNight(2, { hoursSlept: 7 }),
    );
    const view = buildTrendsView({ nights, period, overlay: null, weekStartsOn: 1 });

    expect(view.title).toBe('The last 4 weeks');
    expect(view.subtitle).toBe('2 Mar 2026 – 29 Mar 2026 · 28 nights');
    expect(view.figures).toMatchObject({ nights: 28, knownNights: 28, episodeNights: 14, meanSeverity: 1, meanHoursSlept: 7.5 });
    expect(view.comparedWith).toBe('Arrows compare with the 4 weeks before: 2 Feb 2026 – 1 Mar 2026.');
    const row = (id: string) => view.headline.find((r) => r.id === id)!;
    expect(row('frequency')).toMatchObject({ value: '3.5', change: { direction: 'down', words: 'down 3.5 from 7.0' } });
    expect(row('mean_severity')).toMatchObject({ value: '1.0', change: { direction: 'down', words: 'down 5.0 from 6.0' } });
    // The charts cover the period only; the rolling means look back into the nights before.
    expect(view.charts.nights.from).toBe(period.from);
    expect(view.charts.nights.severity).toHaveLength(28);
    expect(view.charts.nights.mean7[0]).toBeCloseTo((6 * 6 + 2) / 7, 2);
    expect(view.charts.nights.factor).toBeNull();
    expect(view.charts.weeks.from).toBe('2026-03-02');
    expect(view.severityTrend).toMatch(/^No clear trend in nightly severity over this period \(28 rated nights\)\.$/);
    expect(view.onsetDrift).toBeNull();
    expect(view.summaries).toMatchObject({
      frequency: 'Episodes on 14 of 28 logged nights (50%).',
      stretching: 'Stretched before bed on 0 of 28 nights (0%).',
      onset: 'No episode onset times logged in this period.',
      factor: null,
    });
  });

  it('says when there is nothing before to compare with, and marks the overlay factor', () => {
    const period = resolvePeriod({ key: '4w' }, { lastNight, firstNight: '2026-03-10' });
    const nights = nightsOf(trendsReadRange(period), (night, i) =>
      night < '2026-03-10' ? null : i % 2 ? episodeNight(8, { factors: overlayMarked(true) }) : freeNight({ factors: overlayMarked(false) }),
    );
    const view = buildTrendsView({ nights, period, overlay: TEST_OVERLAY, weekStartsOn: 0 });

    expect(view.comparedWith).toBe(
      'Nothing was logged in the 4 weeks before (2 Feb 2026 – 1 Mar 2026), so there is nothing to compare with.',
    );
    expect(view.headline.every((r) => r.change === null)).toBe(true);
    expect(view.figures.knownNights).toBe(20);
    const factor = view.charts.nights.factor!;
    expect(factor.slice(0, 8).every((m) => m === null)).toBe(true);
    expect(factor.slice(8)).toEqual(nights.slice(-20).map((n) => (n.status === 'episodes' ? 1 : 0)));
    expect(view.summaries.factor).toBe(
      'Marked nights (Took iron): 10 of 20 nights with this factor recorded. Mean worst severity 8.0 on those nights and 0.0 on the others: a description, not a test.',
    );
  });

  it('shows everything logged without a comparison, onset drift included', () => {
    const firstNight = '2025-12-01';
    const period = resolvePeriod({ key: 'all' }, { lastNight, firstNight });
    expect(trendsReadRange(period)).toEqual({ from: firstNight, to: lastNight });
    // Onsets at 23:00 for the first weeks, 21:30 for the last ones.
    const nights = nightsOf(trendsReadRange(period), (night) =>
      episodeNight(5, { firstOnset: night < '2026-02-01' ? 660 : 570, beforeBedStretch: night >= '2026-03-23' }),
    );
    const view = buildTrendsView({ nights, period, overlay: null, weekStartsOn: 1 });

    expect(view.title).toBe('Everything logged');
    expect(view.subtitle).toBe(`1 Dec 2025 – 29 Mar 2026 · ${nights.length} nights`);
    expect(view.comparedWith).toBeNull();
    expect(view.headline.every((r) => r.change === null)).toBe(true);
    expect(view.onsetDrift).toContain('Median onset moved 1 h 30 min earlier');
    expect(view.summaries.onset).toBe(view.onsetDrift);
    expect(view.summaries.stretching).toBe(`Stretched before bed on 7 of ${nights.length} nights (6%).`);
  });
});
