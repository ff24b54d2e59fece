import './zod-config';
import { z } from 'zod';
import { CUSTOM_FACTOR_KINDS, EXERCISE_INTENSITIES, EXERCISE_TIMES, type CustomFactorKind } from '../factors/vocabulary';
import { calendarDateSchema, clientIdSchema, localTimeSchema, shortTextSchema, uuidSchema } from './common';
import { isBlank, numberInput, optionalChoice, optionalWholeNumber, optionalYesNo } from './form-input';

export {
  CUSTOM_FACTOR_KIND_LABELS,
  CUSTOM_FACTOR_KINDS,
  EXERCISE_INTENSITIES,
  EXERCISE_TIMES,
  type CustomFactorKind,
  type ExerciseIntensity,
  type ExerciseTimeOfDay,
} from '../factors/vocabulary';

export const FUTURE_DAY_MESSAGE = 'You can log today or an earlier day, not a future one';

export const builtInFactorsSchema = z.object({
  caffeineServings: optionalWholeNumber({
    min: 0,
    max: 30,
    message: 'Enter caffeine servings as a whole number up to 30',
    negative: 'Caffeine servings cannot be negative',
  }),
  lastCaffeineAt: z.preprocess((v) => (isBlank(v) ? null : v), localTimeSchema.nullable()),
  alcoholDrinks: optionalWholeNumber({
    min: 0,
    max: 30,
    message: 'Enter drinks as a whole number up to 30',
    negative: 'Drinks cannot be negative',
  }),
  exerciseMinutes: optionalWholeNumber({
    min: 0,
    max: 1440,
    message: 'Enter exercise as whole minutes, at most 1440',
    negative: 'Exercise minutes cannot be negative',
  }),
  exerciseIntensity: optionalChoice(EXERCISE_INTENSITIES, 'Choose light, moderate or vigorous'),
  exerciseTimeOfDay: optionalChoice(EXERCISE_TIMES, 'Choose morning, afternoon or evening'),
  stress: optionalWholeNumber({ min: 0, max: 10, message: 'Stress is a whole number from 0 to 10' }),
  ironSupplement: optionalYesNo('Choose yes or no for the iron supplement'),
});
export type BuiltInFactors = z.output<typeof builtInFactorsSchema>;

/** Custom values arrive by factor id; their kind is checked against the factor with `customValueError`. */
export const customValuesSchema = z.record(
  uuidSchema,
  z.preprocess(numberInput, z.number({ error: 'Enter a number' }).nullable()),
);

export const saveDailyFactorsSchema = builtInFactorsSchema
  .extend({ day: calendarDateSchema, custom: customValuesSchema.default({}) })
  .refine((f) => !(f.caffeineServings === 0 && f.lastCaffeineAt), {
    path: ['lastCaffeineAt'],
    message: 'No caffeine today: clear the time, or enter the servings',
  });
export type SaveDailyFactorsInput = z.input<typeof saveDailyFactorsSchema>;
export type SaveDailyFactorsData = z.output<typeof saveDailyFactorsSchema>;

/** Why a value does not fit its factor's kind, or undefined when it does. */
export function customValueError(kind: CustomFactorKind, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'Enter a number';
  switch (kind) {
    case 'boolean':
      return value === 0 || value === 1 ? undefined : 'Choose yes or no';
    case 'scale':
      return Number.isInteger(value) && value >= 0 && value <= 10 ? undefined : 'Use a whole number from 0 to 10';
    case 'number':
      if (value < 0) return 'Enter 0 or more';
      return value > 1_000_000 ? 'That number is too large' : undefined;
  }
}

/** Field errors keyed "custom.<factorId>", the path the form shows them under. */
export function customValuesErrors(
  factors: ReadonlyArray<{ id: string; kind: CustomFactorKind }>,
  values: Record<string, number | null>,
): { fieldErrors: Record<string, string[]>; unknownIds: string[] } {
  const byId = new Map(factors.map((f) => [f.id, f]));
  const fieldErrors: Record<string, string[]> = {};
  const unknownIds: string[] = [];
  for (const [id, value] of Object.entries(values)) {
    const factor = byId.get(id);
    if (!factor) unknownIds.push(id);
    else if (value !== null) {
      const error = customValueError(factor.kind, value);
      if (error) fieldErrors[`custom.${id}`] = [error];
    }
  }
  return { fieldErrors, unknownIds };
}

export const customFactorSchema = z
  .object({
    id: clientIdSchema,
    name: shortTextSchema('a name for the factor', 60),
    kind: z.enum(CUSTOM_FACTOR_KINDS, { error: 'Choose yes/no, number or scale 0–10' }),
    unit: z.preprocess((v) => (isBlank(v) ? '' : v), z.string().trim().max(20, 'Use at most 20 characters')),
  })
  .transform((f) => ({ ...f, unit: f.kind === 'number' ? f.unit : '' }));
export type CustomFactorInput = z.input<typeof customFactorSchema>;

export const archiveCustomFactorSchema = z.object({ id: uuidSchema, archived: z.boolean() });

