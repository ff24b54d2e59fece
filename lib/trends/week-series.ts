import { addDays } from '../nights/calendar-date';
import type { TrendWeek } from './weekly';

/** Week-by-week figures, one array per measure: a column of numbers is a fraction of the page payload of an object per week. */
export type WeekSeries = {
  /** The first week's first day; week i starts 7 × i days later. */
  from: string;
  nights: number[];
  knownNights: number[];
  episodeNights: number[];
  onsetNights: number[];
  medianOnset: (number | null)[];
  stretchNights: number[];
};

export function weekSeries(weeks: readonly TrendWeek[]): WeekSeries {
  const column = <K extends keyof Omit<WeekSeries, 'from'>>(key: K) => weeks.map((w) => w[key]) as WeekSeries[K];
  return {
    from: weeks[0]?.weekStart ?? '',
    nights: column('nights'),
    knownNights: column('knownNights'),
    episodeNights: column('episodeNights'),
    onsetNights: column('onsetNights'),
    medianOnset: column('medianOnset'),
    stretchNights: column('stretchNights'),
  };
}

/** The weeks again, as bucketWeeks made them. */
export function weeksOfSeries(series: WeekSeries): TrendWeek[] {
  return series.nights.map((nights, i) => {
    const knownNights = series.knownNights[i]!;
    const episodeNights = series.episodeNights[i]!;
    return {
      weekStart: addDays(series.from, 7 * i),
      nights,
      knownNights,
      episodeNights,
      frequency: knownNights ? episodeNights / knownNights : null,
      onsetNights: series.onsetNights[i]!,
      medianOnset: series.medianOnset[i] ?? null,
      stretchNights: series.stretchNights[i]!,
    };
  });
}
