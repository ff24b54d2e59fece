import { mean, median } from '../stats/descriptive';
import { formatNumber } from './format';
import type { NightRecord } from '../nights/night-record';

export type HeadlineFigures = {
  nights: number;
  knownNights: number;
  episodeNights: number;
  /** Nights with episodes per 7 logged nights: unlogged nights neither add to nor dilute the rate. */
  episodeNightsPerWeek: number | null;
  ratedNights: number;
  meanSeverity: number | null;
  medianSeverity: number | null;
  sleepNights: number;
  meanHoursSlept: number | null;
};

export function headlineFigures(nights: readonly NightRecord[]): HeadlineFigures {
  const known = nights.filter((n) => n.status !== 'unknown');
  const episodeNights = known.filter((n) => n.status === 'episodes').length;
  const severities = known.map((n) => n.worstSeverity).filter((s): s is number => s !== null);
  const hours = nights.map((n) => n.hoursSlept).filter((h): h is number => h !== null);
  return {
    nights: nights.length,
    knownNights: known.length,
    episodeNights,
    episodeNightsPerWeek: known.length ? (7 * episodeNights) / known.length : null,
    ratedNights: severities.length,
    meanSeverity: severities.length ? mean(severities) : null,
    medianSeverity: severities.length ? median(severities) : null,
    sleepNights: hours.length,
    meanHoursSlept: hours.length ? mean(hours) : null,
  };
}

export type FigureChange = { direction: 'up' | 'down' | 'same'; arrow: '↑' | '↓' | '→'; words: string };

/** The change from the previous period, in an arrow and in words ("down 0.4 from 3.1"). */
export function describeChange(
  current: number | null,
  previous: number | null,
  decimals: number,
): FigureChange | null {
  if (current === null || previous === null) return null;
  const now = Number(formatNumber(current, decimals));
  const before = formatNumber(previous, decimals);
  const difference = now - Number(before);
  const shown = formatNumber(Math.abs(difference), decimals);
  if (Number(shown) === 0) return { direction: 'same', arrow: '→', words: `no change from ${before}` };
  return difference > 0
    ? { direction: 'up', arrow: '↑', words: `up ${shown} from ${before}` }
    : { direction: 'down', arrow: '↓', words: `down ${shown} from ${before}` };
}

export type HeadlineRow = {
  id: 'logged' | 'frequency' | 'mean_severity' | 'median_severity' | 'sleep';
  label: string;
  value: string;
  detail: string;
  change: FigureChange | null;
};

/** The headline figures, formatted, each compared with the previous period when there is one. */
export function headlineRows(current: HeadlineFigures, previous: HeadlineFigures | null): HeadlineRow[] {
  const fmt = (v: number | null, d: number) => (v === null ? '—' : formatNumber(v, d));
  const change = (pick: (h: HeadlineFigures) => number | null, d: number) =>
    previous ? describeChange(pick(current), pick(previous), d) : null;
  return [
    {
      id: 'logged',
      label: 'Nights logged',
      value: `${current.knownNights} of ${current.nights}`,
      detail: 'nights with a check-in or an episode',
      change: change((h) => h.knownNights, 0),
    },
    {
      id: 'frequency',
      label: 'Nights with episodes per week',
      value: fmt(current.episodeNightsPerWeek, 1),
      detail: current.knownNights ? `${current.episodeNights} of ${current.knownNights} logged nights` : 'no nights logged',
      change: change((h) => h.episodeNightsPerWeek, 1),
    },
    {
      id: 'mean_severity',
      label: 'Mean worst severity',
      value: fmt(current.meanSeverity, 1),
      detail: `0–10, over ${current.ratedNights} rated nights`,
      change: change((h) => h.meanSeverity, 1),
    },
    {
      id: 'median_severity',
      label: 'Median worst severity',
      value: fmt(current.medianSeverity, 1),
      detail: '0 on a symptom-free night',
      change: change((h) => h.medianSeverity, 1),
    },
    {
      id: 'sleep',
      label: 'Mean hours slept',
      value: fmt(current.meanHoursSlept, 1),
      detail: `over ${current.sleepNights} nights with sleep logged`,
      change: change((h) => h.meanHoursSlept, 1),
    },
  ];
}
