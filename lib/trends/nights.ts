import { summarizeNights, type NightStatus } from '../nights/summaries';
import { isFactorMarked, type FactorRule } from './factors';

import type { CheckinNightRow, EpisodeNightRow } from '../nights/night-records';

/** Per-night aggregates as the trends queries return them (one definition, in lib/nights). */
export type { CheckinNightRow, EpisodeNightRow };
export type FactorDayRow = { day: string; value: number | null };

export type TrendNight = {
  nightOf: string;
  status: NightStatus;
  /** Worst severity; 0 on a symptom-free night; null when unknown or not rated. */
  severity: number | null;
  episodeCount: number;
  onset: number | null;
  hoursSlept: number | null;
  beforeBedStretch: boolean;
  /** The overlay factor: true present/high, false absent/low, null not recorded. */
  factor: boolean | null;
};

export type TrendNightParts = {
  from: string;
  to: string;
  episodes: readonly EpisodeNightRow[];
  checkins: readonly CheckinNightRow[];
  beforeBedNights?: readonly string[];
  factor?: { rule: FactorRule; values: readonly FactorDayRow[] };
};

/**
 * Every night from `from` to `to` (calendar dates, so daylight-saving changes cannot skip or
 * repeat one), with unknown nights kept as gaps. The one place the trends fill gaps.
 */
export function fillNights({ from, to, episodes, checkins, beforeBedNights = [], factor }: TrendNightParts): TrendNight[] {
  const episodesByNight = new Map(episodes.map((e) => [e.nightOf, e]));
  const checkinsByNight = new Map(checkins.map((c) => [c.nightOf, c]));
  const stretched = new Set(beforeBedNights);
  const factorByDay = new Map(factor?.values.map((v) => [v.day, v.value]));
  return summarizeNights(from, to, episodes, checkins).map((summary) => {
    const night = summary.nightOf;
    return {
      nightOf: night,
      status: summary.status,
      severity: summary.worstSeverity,
      episodeCount: summary.episodeCount,
      onset: episodesByNight.get(night)?.firstOnset ?? null,
      hoursSlept: checkinsByNight.get(night)?.hoursSlept ?? null,
      beforeBedStretch: stretched.has(night),
      factor: factor ? isFactorMarked(factor.rule, factorByDay.get(night)) : null,
    };
  });
}

export const isKnown = (n: TrendNight) => n.status !== 'unknown';
