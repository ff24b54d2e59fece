import { median } from '../stats/descriptive';
import type { NightRecord } from '../nights/night-record';
import { dayOfWeek, weekStartOf, type WeekDay } from './weeks';

export type TrendWeek = {
  /** The week's first day (before the period's start for a partial first week). */
  weekStart: string;
  /** Nights of the period in this week: 7, fewer for partial weeks at the ends. */
  nights: number;
  knownNights: number;
  episodeNights: number;
  /** Nights with episodes ÷ known nights; null with no known night. */
  frequency: number | null;
  onsetNights: number;
  /** Median first-onset time in minutes after noon, rounded to the minute. */
  medianOnset: number | null;
  stretchNights: number;
};

/** Groups consecutive nights (as listNightRecords returns them) into weeks starting on `weekStartsOn`. */
export function bucketWeeks(nights: readonly NightRecord[], weekStartsOn: WeekDay): TrendWeek[] {
  const weeks: { weekStart: string; nights: NightRecord[] }[] = [];
  // Consecutive nights: the weekday just steps on, with no date arithmetic per night.
  let weekday = nights.length ? dayOfWeek(nights[0]!.nightOf) : 0;
  for (const night of nights) {
    const last = weeks.at(-1);
    if (!last) weeks.push({ weekStart: weekStartOf(night.nightOf, weekStartsOn), nights: [night] });
    else if (weekday === weekStartsOn) weeks.push({ weekStart: night.nightOf, nights: [night] });
    else last.nights.push(night);
    weekday = (weekday + 1) % 7;
  }
  return weeks.map(({ weekStart, nights: inWeek }) => {
    const known = inWeek.filter((n) => n.status !== 'unknown');
    const episodeNights = known.filter((n) => n.status === 'episodes').length;
    const onsets = inWeek.map((n) => n.firstOnset).filter((o): o is number => o !== null);
    return {
      weekStart,
      nights: inWeek.length,
      knownNights: known.length,
      episodeNights,
      frequency: known.length ? episodeNights / known.length : null,
      onsetNights: onsets.length,
      medianOnset: onsets.length ? Math.round(median(onsets)) : null,
      stretchNights: inWeek.filter((n) => n.beforeBedStretch).length,
    };
  });
}
