/** Factor words shared by forms and validation; free of zod for small client bundles. */
export const EXERCISE_INTENSITIES = ['light', 'moderate', 'vigorous'] as const;
export const EXERCISE_TIMES = ['morning', 'afternoon', 'evening'] as const;
export const CUSTOM_FACTOR_KINDS = ['boolean', 'number', 'scale'] as const;
export type ExerciseIntensity = (typeof EXERCISE_INTENSITIES)[number];
export type ExerciseTimeOfDay = (typeof EXERCISE_TIMES)[number];
export type CustomFactorKind = (typeof CUSTOM_FACTOR_KINDS)[number];

export const CUSTOM_FACTOR_KIND_LABELS: Record<CustomFactorKind, string> = {
  boolean: 'Yes / no',
  number: 'Number',
  scale: 'Scale 0–10',
};
