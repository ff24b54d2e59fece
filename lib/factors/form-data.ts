import type { CustomFactorKind, ExerciseIntensity, ExerciseTimeOfDay } from '../validation/factors';

/** One day's built-in factors; null means "not recorded", never zero. */
export type DailyFactorsValues = {
  caffeineServings: number | null;
  /** 'HH:MM' on the user's clock */
  lastCaffeineAt: string | null;
  alcoholDrinks: number | null;
  exerciseMinutes: number | null;
  exerciseIntensity: ExerciseIntensity | null;
  exerciseTimeOfDay: ExerciseTimeOfDay | null;
  stress: number | null;
  ironSupplement: boolean | null;
};

export type CustomFactorSummary = { id: string; name: string; kind: CustomFactorKind; unit: string };

/** What the daily factors form needs for one day (what `getFactorsFormData` returns). */
export type FactorsFormData = {
  day: string;
  /** True once the day has been saved; until then `values` may hold a suggestion. */
  saved: boolean;
  values: DailyFactorsValues;
  /** Set when `values` were prefilled from an earlier day's habits and not yet saved. */
  suggestion: { fromDay: string; fields: (keyof DailyFactorsValues)[] } | null;
  /** The user's active custom factors, oldest first. */
  customFactors: CustomFactorSummary[];
  /** Saved custom values of this day, by factor id. */
  customValues: Record<string, number>;
};

export const EMPTY_FACTORS: DailyFactorsValues = {
  caffeineServings: null,
  lastCaffeineAt: null,
  alcoholDrinks: null,
  exerciseMinutes: null,
  exerciseIntensity: null,
  exerciseTimeOfDay: null,
  stress: null,
  ironSupplement: null,
};

/** Habits that carry over from day to day; alcohol, stress and exercise vary too much to guess. */
export const SUGGESTED_FIELDS = ['caffeineServings', 'lastCaffeineAt', 'ironSupplement'] as const satisfies readonly (keyof DailyFactorsValues)[];

/** How far back a saved day may still suggest today's habits. */
export const SUGGESTION_LOOKBACK_DAYS = 7;

/** The suggestion for an unsaved day from the most recent saved one, or null when it has nothing to offer. */
export function suggestFromPrevious(previous: { day: string; values: DailyFactorsValues } | undefined): {
  values: DailyFactorsValues;
  suggestion: NonNullable<FactorsFormData['suggestion']>;
} | null {
  if (!previous) return null;
  const values: DailyFactorsValues = { ...EMPTY_FACTORS };
  const fields: (keyof DailyFactorsValues)[] = [];
  for (const field of SUGGESTED_FIELDS) {
    const value = previous.values[field];
    if (value === null) continue;
    (values as Record<string, unknown>)[field] = value;
    fields.push(field);
  }
  if (fields.length === 0) return null;
  return { values, suggestion: { fromDay: previous.day, fields } };
}

/** 'HH:MM:SS' from a time column, as 'HH:MM'. */
export function clockOf(time: string | null): string | null {
  return time ? time.slice(0, 5) : null;
}
