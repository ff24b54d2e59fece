import { datesBetween } from './calendar-date';
import type { NightFactors, NightRecord, NightStatus } from './night-record';

export type EpisodeNightRow = {
  nightOf: string;
  episodeCount: number;
  worstSeverity: number | null;
  /** The night's first onset in minutes after noon. */
  firstOnset: number | null;
};
export type CheckinNightRow = { nightOf: string; hadSymptoms: boolean; hoursSlept: number | null };
export type StretchNightRow = { nightOf: string; beforeBed: boolean; routineIds: readonly string[] };
export type FactorDayRecord = Omit<NightFactors, 'custom'> & { day: string };
export type CustomValueRow = { day: string; factorId: string; value: number };

export type NightRecordParts = {
  from: string;
  to: string;
  episodes: readonly EpisodeNightRow[];
  checkins: readonly CheckinNightRow[];
  stretching?: readonly StretchNightRow[];
  /** Given only when the factors were read; otherwise every record's factors are null. */
  factors?: { days: readonly FactorDayRecord[]; custom: readonly CustomValueRow[] };
};

/**
 * Every night from `from` to `to` (calendar dates, so daylight-saving changes cannot skip or
 * repeat one); unknown nights stay in the list as 'unknown'. The one place nights are assembled.
 */
export function assembleNightRecords({ from, to, episodes, checkins, stretching = [], factors }: NightRecordParts): NightRecord[] {
  const episodesByNight = new Map(episodes.map((e) => [e.nightOf, e]));
  const checkinByNight = new Map(checkins.map((c) => [c.nightOf, c]));
  const stretchByNight = new Map(stretching.map((s) => [s.nightOf, s]));
  const dayByNight = new Map(factors?.days.map((d) => [d.day, d]));
  const customByNight = new Map<string, Record<string, number>>();
  for (const v of factors?.custom ?? []) {
    const values = customByNight.get(v.day) ?? {};
    values[v.factorId] = v.value;
    customByNight.set(v.day, values);
  }
  return datesBetween(from, to).map((night) => {
    const episode = episodesByNight.get(night);
    const checkin = checkinByNight.get(night);
    const stretch = stretchByNight.get(night);
    return {
      nightOf: night,
      ...outcome(episode, checkin),
      firstOnset: episode?.firstOnset ?? null,
      hoursSlept: checkin?.hoursSlept ?? null,
      beforeBedStretch: stretch?.beforeBed ?? false,
      routineIds: stretch?.routineIds ?? [],
      factors: factorsOf(dayByNight.get(night), customByNight.get(night)),
    };
  });
}

/**
 * Logged episodes outweigh a contradicting "no symptoms" check-in; a "had symptoms" check-in
 * without episodes counts as a night with episodes, unrated.
 */
function outcome(
  episode: EpisodeNightRow | undefined,
  checkin: CheckinNightRow | undefined,
): { status: NightStatus; worstSeverity: number | null; episodeCount: number } {
  if (episode && episode.episodeCount > 0) {
    return { status: 'episodes', worstSeverity: episode.worstSeverity, episodeCount: episode.episodeCount };
  }
  if (checkin && !checkin.hadSymptoms) return { status: 'symptom_free', worstSeverity: 0, episodeCount: 0 };
  return { status: checkin ? 'episodes' : 'unknown', worstSeverity: null, episodeCount: 0 };
}

function factorsOf(day: FactorDayRecord | undefined, custom: Record<string, number> | undefined): NightFactors | null {
  if (!day && !custom) return null;
  const empty = {
    caffeineServings: null,
    lastCaffeineMinutes: null,
    alcoholDrinks: null,
    exerciseMinutes: null,
    exerciseTimeOfDay: null,
    stress: null,
    ironSupplement: null,
  };
  const { day: _day, ...values } = day ?? { day: '', ...empty };
  return { ...values, custom: custom ?? {} };
}
