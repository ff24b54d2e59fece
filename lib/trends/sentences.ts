import { median } from '../stats/descriptive';
import { linearTrend } from '../stats/regression';
import { formatClock, formatDuration, formatNumber } from './format';
import type { NightRecord } from '../nights/night-record';
import type { TrendWeek } from './weekly';

/** The average length of a month, for "points per month". */
export const DAYS_PER_MONTH = 365.25 / 12;
/** Onset that moved earlier by at least this many minutes is mentioned. */
export const ONSET_DRIFT_MINUTES = 60;

export type SeverityTrend =
  | { kind: 'insufficient'; sentence: string }
  | { kind: 'none' | 'rising' | 'falling'; perMonth: number; ciLow: number; ciHigh: number; nights: number; sentence: string };

/** Nightly severity's linear trend, in words only when its 95% interval excludes zero. */
export function severityTrend(nights: readonly NightRecord[]): SeverityTrend {
  const x: number[] = [];
  const y: number[] = [];
  nights.forEach((n, day) => {
    if (n.worstSeverity !== null) {
      x.push(day);
      y.push(n.worstSeverity);
    }
  });
  const fit = linearTrend(x, y);
  if (!fit) return { kind: 'insufficient', sentence: 'Too few rated nights in this period to tell a trend in severity.' };
  const perMonth = fit.slope * DAYS_PER_MONTH;
  const ciLow = fit.slopeCiLow * DAYS_PER_MONTH;
  const ciHigh = fit.slopeCiHigh * DAYS_PER_MONTH;
  const base = { perMonth, ciLow, ciHigh, nights: y.length };
  const amount = (v: number) => {
    const one = formatNumber(Math.abs(v), 1);
    return Number(one) === 0 ? formatNumber(Math.abs(v), 2) : one;
  };
  if (ciLow > 0) {
    return {
      kind: 'rising',
      ...base,
      sentence: `Severity rose by about ${amount(perMonth)} points per month (95% interval ${amount(ciLow)} to ${amount(ciHigh)}), over ${y.length} rated nights.`,
    };
  }
  if (ciHigh < 0) {
    return {
      kind: 'falling',
      ...base,
      sentence: `Severity fell by about ${amount(perMonth)} points per month (95% interval ${amount(ciHigh)} to ${amount(ciLow)}), over ${y.length} rated nights.`,
    };
  }
  return { kind: 'none', ...base, sentence: `No clear trend in nightly severity over this period (${y.length} rated nights).` };
}

export type OnsetDrift = {
  windowNights: number;
  earlyMedian: number;
  lateMedian: number;
  /** Minutes the median onset moved earlier (negative: later). */
  earlierBy: number;
  /** Set only when onset moved earlier by an hour or more. */
  sentence: string | null;
};

/**
 * Median first-onset time at the start of the period vs at its end (the first and last quarter,
 * 7 to 28 nights each); null when either end has fewer than 3 onsets.
 */
export function onsetDrift(nights: readonly NightRecord[]): OnsetDrift | null {
  if (nights.length < 14) return null;
  const windowNights = Math.min(28, Math.max(7, Math.floor(nights.length / 4)));
  const onsets = (part: readonly NightRecord[]) => part.map((n) => n.firstOnset).filter((o): o is number => o !== null);
  const early = onsets(nights.slice(0, windowNights));
  const late = onsets(nights.slice(-windowNights));
  if (early.length < 3 || late.length < 3) return null;
  const earlyMedian = Math.round(median(early));
  const lateMedian = Math.round(median(late));
  const earlierBy = earlyMedian - lateMedian;
  const weeks = Math.round(nights.length / 7);
  const sentence =
    earlierBy >= ONSET_DRIFT_MINUTES
      ? `Median onset moved ${formatDuration(earlierBy)} earlier over ${weeks} weeks, from ${formatClock(earlyMedian)} in the first ${windowNights} nights to ${formatClock(lateMedian)} in the last ${windowNights}. Symptoms starting earlier can be worth mentioning to your doctor.`
      : null;
  return { windowNights, earlyMedian, lateMedian, earlierBy, sentence };
}

/** One line about the weekly median onset times. */
export function onsetSummary(weeks: readonly TrendWeek[], drift: OnsetDrift | null): string {
  const medians = weeks.map((w) => w.medianOnset).filter((m): m is number => m !== null);
  if (medians.length === 0) return 'No episode onset times logged in this period.';
  if (drift?.sentence) return drift.sentence;
  const range =
    medians.length === 1
      ? `Median onset was ${formatClock(medians[0]!)}.`
      : `Median onset per week ranged from ${formatClock(Math.min(...medians))} to ${formatClock(Math.max(...medians))}.`;
  if (!drift) return range;
  const moved = Math.abs(drift.earlierBy);
  const change =
    moved === 0
      ? 'no change'
      : `${formatDuration(moved)} ${drift.earlierBy > 0 ? 'earlier' : 'later'}`;
  return `${range} From the first ${drift.windowNights} nights to the last: ${change} (${formatClock(drift.earlyMedian)} → ${formatClock(drift.lateMedian)}).`;
}
