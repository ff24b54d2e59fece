import { rollingMean } from '../stats/rolling';
import type { NightRecord } from '../nights/night-record';
import { nightFactorMark, type OverlayFactor } from './factors';
import type { WeekSeries } from './week-series';

export const SHORT_WINDOW = { nights: 7, minCount: 3 } as const;
export const LONG_WINDOW = { nights: 28, minCount: 7 } as const;

/** Night-by-night series for the charts, one entry per night from `from`: compact for the page payload. */
export type NightSeries = {
  from: string;
  /** One letter per night: f symptom-free, e episodes, u unknown. */
  status: string;
  severity: (number | null)[];
  mean7: (number | null)[];
  mean28: (number | null)[];
  hours: (number | null)[];
  hoursMean7: (number | null)[];
  /** The overlay factor per night (1 present/high, 0 absent/low, null not recorded); null without an overlay. */
  factor: (0 | 1 | null)[] | null;
};

export type TrendChartData = { nights: NightSeries; weeks: WeekSeries };

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
const STATUS_LETTER = { symptom_free: 'f', episodes: 'e', unknown: 'u' } as const;

/**
 * Rolling means also look back into `leadIn` (the nights just before the period), so the
 * first weeks of a period are not blank when earlier nights were logged.
 */
export function nightSeries(
  nights: readonly NightRecord[],
  { leadIn = [], factor = null }: { leadIn?: readonly NightRecord[]; factor?: OverlayFactor | null } = {},
): NightSeries {
  const all = [...leadIn, ...nights];
  const skip = leadIn.length;
  const severities = all.map((n) => n.worstSeverity);
  const hours = all.map((n) => n.hoursSlept);
  const tail = <T,>(values: T[]) => values.slice(skip);
  return {
    from: nights[0]?.nightOf ?? '',
    status: nights.map((n) => STATUS_LETTER[n.status]).join(''),
    severity: nights.map((n) => n.worstSeverity),
    mean7: tail(rollingMean(severities, SHORT_WINDOW.nights, SHORT_WINDOW.minCount)).map(round2),
    mean28: tail(rollingMean(severities, LONG_WINDOW.nights, LONG_WINDOW.minCount)).map(round2),
    hours: nights.map((n) => round2(n.hoursSlept)),
    hoursMean7: tail(rollingMean(hours, SHORT_WINDOW.nights, SHORT_WINDOW.minCount)).map(round2),
    factor: factor
      ? nights.map((n) => {
          const marked = nightFactorMark(n, factor);
          return marked === null ? null : marked ? 1 : 0;
        })
      : null,
  };
}
