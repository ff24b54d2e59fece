import { formatNight } from '../nights/format';
import type { NightRecord } from '../nights/night-record';
import type { OverlayFactor } from './factors';
import { headlineFigures, headlineRows, type HeadlineFigures, type HeadlineRow } from './headline';
import { describeNights, type ResolvedPeriod } from './period';
import { onsetDrift, onsetSummary, severityTrend } from './sentences';
import { LONG_WINDOW, nightSeries, type TrendChartData } from './series';
import { factorSummary, frequencySummary, severitySummary, sleepSummary, stretchingSummary } from './summaries';
import { weekSeries } from './week-series';
import { bucketWeeks } from './weekly';
import type { WeekDay } from './weeks';

export type TrendSummaries = {
  severity: string;
  frequency: string;
  onset: string;
  sleep: string;
  stretching: string;
  factor: string | null;
};

/** Everything the Insights trends page shows, worked out from the nights alone. */
export type TrendsView = {
  title: string;
  /** "12 Jan 2026 – 3 Mar 2026 · 51 nights" */
  subtitle: string;
  figures: HeadlineFigures;
  headline: HeadlineRow[];
  comparedWith: string | null;
  severityTrend: string;
  onsetDrift: string | null;
  charts: TrendChartData;
  summaries: TrendSummaries;
};

/**
 * The nights to read for a period: the period and, before it, the previous period (or the
 * rolling means' lead-in), in one read.
 */
export function trendsReadRange(period: ResolvedPeriod): { from: string; to: string } {
  return { from: period.previous?.from ?? period.from, to: period.to };
}

const TITLES: Record<ResolvedPeriod['key'], string> = {
  '4w': 'The last 4 weeks',
  '3m': 'The last 3 months',
  '12m': 'The last 12 months',
  all: 'Everything logged',
  custom: 'Your chosen nights',
};

const dateWithYear = (night: string) => formatNight(night, { weekday: undefined, year: 'numeric' });
const span = (from: string, to: string) => (from === to ? dateWithYear(from) : `${dateWithYear(from)} – ${dateWithYear(to)}`);

/** `nights`: every night of trendsReadRange(period), as listNightRecords returns them. */
export function buildTrendsView({
  nights: all,
  period,
  overlay,
  weekStartsOn,
}: {
  nights: readonly NightRecord[];
  period: ResolvedPeriod;
  overlay: OverlayFactor | null;
  weekStartsOn: WeekDay;
}): TrendsView {
  const before = all.length - period.nights;
  const nights = all.slice(before);
  const previous = period.previous ? all.slice(0, before) : null;

  const figures = headlineFigures(nights);
  const previousFigures = previous ? headlineFigures(previous) : null;
  const comparable = previousFigures && previousFigures.knownNights > 0 ? previousFigures : null;
  const weeks = bucketWeeks(nights, weekStartsOn);
  const series = nightSeries(nights, { leadIn: (previous ?? []).slice(-(LONG_WINDOW.nights - 1)), factor: overlay });
  const drift = onsetDrift(nights);
  const comparedWith = period.previous
    ? comparable
      ? `Arrows compare with the ${describeNights(period.nights)} before: ${span(period.previous.from, period.previous.to)}.`
      : `Nothing was logged in the ${describeNights(period.nights)} before (${span(period.previous.from, period.previous.to)}), so there is nothing to compare with.`
    : null;

  return {
    title: TITLES[period.key],
    subtitle: `${span(period.from, period.to)} · ${period.nights} ${period.nights === 1 ? 'night' : 'nights'}`,
    figures,
    headline: headlineRows(figures, comparable),
    comparedWith,
    severityTrend: severityTrend(nights).sentence,
    onsetDrift: drift?.sentence ?? null,
    charts: { nights: series, weeks: weekSeries(weeks) },
    summaries: {
      severity: severitySummary(figures, series),
      frequency: frequencySummary(weeks),
      onset: onsetSummary(weeks, drift),
      sleep: sleepSummary(figures),
      stretching: stretchingSummary(weeks),
      factor: overlay ? factorSummary(nights, overlay) : null,
    },
  };
}
