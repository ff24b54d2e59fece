import { mean } from '../stats/descriptive';
import { formatNumber, formatPercent } from './format';
import type { HeadlineFigures } from './headline';
import type { NightRecord } from '../nights/night-record';
import { nightFactorMark, type OverlayFactor } from './factors';
import type { NightSeries } from './series';
import type { TrendWeek } from './weekly';

/** Weeks with fewer known nights than this are drawn lighter: too few to read a rate from. */
export const FEW_KNOWN_NIGHTS = 4;

export function severitySummary(figures: HeadlineFigures, series: NightSeries): string {
  if (figures.knownNights === 0) return 'No nights logged in this period.';
  const latest7 = [...series.mean7].reverse().find((v) => v !== null);
  const parts = [`${figures.knownNights} of ${figures.nights} nights logged`];
  if (figures.meanSeverity !== null) parts.push(`worst severity averaged ${formatNumber(figures.meanSeverity, 1)}`);
  if (latest7 !== undefined && latest7 !== null) parts.push(`latest 7-night mean ${formatNumber(latest7, 1)}`);
  return `${parts.join('; ')}.`;
}

export function frequencySummary(weeks: readonly TrendWeek[]): string {
  const known = weeks.reduce((s, w) => s + w.knownNights, 0);
  const withEpisodes = weeks.reduce((s, w) => s + w.episodeNights, 0);
  if (known === 0) return 'No nights logged in this period.';
  const sparse = weeks.filter((w) => w.knownNights > 0 && w.knownNights < FEW_KNOWN_NIGHTS).length;
  const note = sparse ? ` ${sparse} ${sparse === 1 ? 'week has' : 'weeks have'} fewer than ${FEW_KNOWN_NIGHTS} logged nights (lighter bars).` : '';
  return `Episodes on ${withEpisodes} of ${known} logged nights (${formatPercent(withEpisodes / known)}).${note}`;
}

export function sleepSummary(figures: HeadlineFigures): string {
  if (figures.meanHoursSlept === null) return 'No sleep logged in this period.';
  return `Slept ${formatNumber(figures.meanHoursSlept, 1)} hours on average, over ${figures.sleepNights} nights with sleep logged.`;
}

export function stretchingSummary(weeks: readonly TrendWeek[]): string {
  const nights = weeks.reduce((s, w) => s + w.nights, 0);
  const stretched = weeks.reduce((s, w) => s + w.stretchNights, 0);
  if (nights === 0) return 'No nights in this period.';
  return `Stretched before bed on ${stretched} of ${nights} nights (${formatPercent(stretched / nights)}).`;
}

/** Marked nights and, where both sides have rated nights, the mean worst severity on each: descriptive only. */
export function factorSummary(nights: readonly NightRecord[], factor: OverlayFactor): string {
  const { markedLabel } = factor;
  const recorded = nights.flatMap((n) => {
    const marked = nightFactorMark(n, factor);
    return marked === null ? [] : [{ marked, severity: n.worstSeverity }];
  });
  if (recorded.length === 0) return `Marked nights (${markedLabel}): this factor was not recorded in this period.`;
  const marked = recorded.filter((n) => n.marked);
  const severities = (rows: typeof recorded) => rows.map((n) => n.severity).filter((s): s is number => s !== null);
  const on = severities(marked);
  const off = severities(recorded.filter((n) => !n.marked));
  const comparison =
    on.length && off.length
      ? ` Mean worst severity ${formatNumber(mean(on), 1)} on those nights and ${formatNumber(mean(off), 1)} on the others: a description, not a test.`
      : '';
  return `Marked nights (${markedLabel}): ${marked.length} of ${recorded.length} nights with this factor recorded.${comparison}`;
}
