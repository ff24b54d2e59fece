import { datesBetween } from './calendar-date';

export type NightStatus = 'symptom_free' | 'episodes' | 'unknown';

export type NightSummary = {
  nightOf: string;
  status: NightStatus;
  episodeCount: number;
  /** Worst severity of the night's finished episodes; 0 on a symptom-free night; null when unknown or not rated. */
  worstSeverity: number | null;
};

export type EpisodeAggregate = { nightOf: string; episodeCount: number; worstSeverity: number | null };
export type CheckinFact = { nightOf: string; hadSymptoms: boolean };

/**
 * One summary per night from `from` to `to` inclusive. A night with neither a check-in nor an
 * episode is unknown, never symptom-free; a "had symptoms" check-in counts as a night with episodes.
 */
export function summarizeNights(
  from: string,
  to: string,
  aggregates: readonly EpisodeAggregate[],
  checkins: readonly CheckinFact[],
): NightSummary[] {
  const byNight = new Map(aggregates.map((a) => [a.nightOf, a]));
  const checkinByNight = new Map(checkins.map((c) => [c.nightOf, c]));
  const out: NightSummary[] = [];
  for (const night of datesBetween(from, to)) {
    const agg = byNight.get(night);
    const checkin = checkinByNight.get(night);
    if (agg && agg.episodeCount > 0) {
      out.push({ nightOf: night, status: 'episodes', episodeCount: agg.episodeCount, worstSeverity: agg.worstSeverity });
    } else if (checkin && !checkin.hadSymptoms) {
      out.push({ nightOf: night, status: 'symptom_free', episodeCount: 0, worstSeverity: 0 });
    } else if (checkin) {
      out.push({ nightOf: night, status: 'episodes', episodeCount: 0, worstSeverity: null });
    } else {
      out.push({ nightOf: night, status: 'unknown', episodeCount: 0, worstSeverity: null });
    }
  }
  return out;
}
