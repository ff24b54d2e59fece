import { describe, expect, it } from 'vitest';
import { addDays } from '../nights';
import { linearTrend } from '../stats';
import { formatClock, formatDuration } from './format';
import type { NightRecord } from '../nights/night-record';
import { DAYS_PER_MONTH, onsetDrift, onsetSummary, severityTrend } from './sentences';
import { nightRecord } from './testing';
import { bucketWeeks } from './weekly';

const night = (i: number, over: Partial<NightRecord>) => nightRecord(addDays('2026-01-01', i), over);
const withSeverity = (values: (number | null)[]) =>
  values.map((severity, i) => night(i, severity === null ? {} : { status: severity ? 'episodes' : 'symptom_free', worstSeverity: severity }));

describe('severityTrend', () => {
  it('states a rise per month with its 95% interval when the interval excludes zero', () => {
    const values = Array.from({ length: 90 }, (_, i) => (i % 5 === 4 ? null : Math.min(10, Math.round(2 + i * 0.06) + (i % 2))));
    const trend = severityTrend(withSeverity(values));
    const x = values.flatMap((v, i) => (v === null ? [] : [i]));
    const fit = linearTrend(x, values.filter((v): v is number => v !== null))!;
    expect(trend.kind).toBe('rising');
    if (trend.kind !== 'rising') return;
    expect(trend.perMonth).toBeCloseTo(fit.slope * DAYS_PER_MONTH, 10);
    expect(trend.nights).toBe(72);
    expect(trend.sentence).toBe(
      `Severity rose by about ${trend.perMonth.toFixed(1)} points per month (95% interval ${trend.ciLow.toFixed(1)} to ${trend.ciHigh.toFixed(1)}), over 72 rated nights.`,
    );
  });

  it('states a fall with positive amounts', () => {
    const values = Array.from({ length: 60 }, (_, i) => Math.max(0, Math.round(8 - i * 0.1) - (i % 2)));
    const trend = severityTrend(withSeverity(values));
    expect(trend.kind).toBe('falling');
    if (trend.kind !== 'falling') return;
    expect(trend.ciHigh).toBeLessThan(0);
    expect(trend.sentence).toMatch(/^Severity fell by about \d+\.\d points per month \(95% interval \d+\.\d to \d+\.\d\)/);
    expect(trend.sentence).not.toContain('-');
  });

  it('says "no clear trend" when the interval includes zero', () => {
    const values = Array.from({ length: 40 }, (_, i) => [3, 6, 4, 5, 2, 7][i % 6]!);
    const trend = severityTrend(withSeverity(values));
    expect(trend.kind).toBe('none');
    if (trend.kind !== 'none') return;
    expect(trend.ciLow).toBeLessThan(0);
    expect(trend.ciHigh).toBeGreaterThan(0);
    expect(trend.sentence).toMatch(/^No clear trend/);
  });

  it('needs at least three rated nights', () => {
    expect(severityTrend(withSeverity([4, null, 5, null])).kind).toBe('insufficient');
  });
});

describe('onset drift', () => {
  const nightsWithOnsets = (early: number, late: number, count = 28) =>
    Array.from({ length: count }, (_, i) =>
      night(i, { status: 'episodes', worstSeverity: 4, episodeCount: 1, firstOnset: i < count / 2 ? early : late }),
    );

  it('says so when the median onset moved an hour or more earlier', () => {
    const drift = onsetDrift(nightsWithOnsets(660, 600))!; // 23:00 → 22:00
    expect(drift).toMatchObject({ windowNights: 7, earlyMedian: 660, lateMedian: 600, earlierBy: 60 });
    expect(drift.sentence).toBe(
      'Median onset moved 1 h earlier over 4 weeks, from 23:00 in the first 7 nights to 22:00 in the last 7. Symptoms starting earlier can be worth mentioning to your doctor.',
    );
    const long = onsetDrift(nightsWithOnsets(720, 590, 84))!;
    expect(long.windowNights).toBe(21);
    expect(long.sentence).toContain('moved 2 h 10 min earlier over 12 weeks');
  });

  it('stays quiet below an hour and when onset moved later', () => {
    expect(onsetDrift(nightsWithOnsets(660, 601))!.sentence).toBeNull();
    expect(onsetDrift(nightsWithOnsets(600, 700))!.sentence).toBeNull();
  });

  it('needs at least three onsets at each end', () => {
    const sparse = nightsWithOnsets(660, 500).map((n, i) => (i < 26 && i % 4 !== 0 ? { ...n, firstOnset: null } : n));
    expect(onsetDrift(sparse)).toBeNull();
    expect(onsetDrift(nightsWithOnsets(660, 500, 10))).toBeNull();
  });

  it('summarises weekly medians as clock times', () => {
    const nights = nightsWithOnsets(690, 675);
    const text = onsetSummary(bucketWeeks(nights, 1), onsetDrift(nights));
    expect(text).toContain('ranged from 23:15 to 23:30');
    expect(text).toContain('15 min earlier (23:30 → 23:15)');
  });
});

describe('formatting', () => {
  it('shows minutes after noon on a 24-hour clock', () => {
    expect(formatClock(630)).toBe('22:30');
    expect(formatClock(795)).toBe('01:15');
    expect(formatClock(0)).toBe('12:00');
    expect(formatClock(1439)).toBe('11:59');
  });

  it('shows durations in hours and minutes', () => {
    expect(formatDuration(130)).toBe('2 h 10 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(-120)).toBe('2 h');
  });
});
