/** A night with neither a check-in nor an episode is unknown, never symptom-free. */
export type NightStatus = 'symptom_free' | 'episodes' | 'unknown';

/** The day's factors as logged for day D (the day whose evening begins night D); null where not recorded. */
export type NightFactors = {
  caffeineServings: number | null;
  /** The last caffeine, minutes after local midnight; null with no caffeine or no time given. */
  lastCaffeineMinutes: number | null;
  alcoholDrinks: number | null;
  exerciseMinutes: number | null;
  /** 'morning', 'afternoon' or 'evening' */
  exerciseTimeOfDay: string | null;
  stress: number | null;
  ironSupplement: boolean | null;
  /** Custom factor id → the day's value (yes/no as 1/0). Absent: not recorded. */
  custom: Readonly<Record<string, number>>;
};

/**
 * One night as every analysis reads it: History, Today, Insights, experiments and the report.
 * Unknown nights (no check-in, no episode) stay in the list with status 'unknown' and are never
 * counted as symptom-free.
 */
export type NightRecord = {
  nightOf: string;
  status: NightStatus;
  /** Worst severity of the night's episodes; 0 on a symptom-free night; null when unknown or not rated. */
  worstSeverity: number | null;
  episodeCount: number;
  /** The night's first onset in minutes after noon (see onsetMinutesAfterNoon); null without episodes. */
  firstOnset: number | null;
  hoursSlept: number | null;
  /** At least one stretch session with context "before bed". */
  beforeBedStretch: boolean;
  /** Routines with a session logged on this night (any context), for experiment adherence. */
  routineIds: readonly string[];
  /** The factors of day D; null when the record was read without factors or nothing was logged that day. */
  factors: NightFactors | null;
};
