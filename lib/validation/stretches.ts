import './zod-config';
import { z } from 'zod';
import { STRETCH_CONTEXTS, STRETCH_SIDES } from '../stretches/vocabulary';
import { clientIdSchema, tappedAtSchema, uuidSchema, wallTimeSchema } from './common';

export const HOLD_MIN_SECONDS = 1;
export const HOLD_MAX_SECONDS = 30 * 60;
export const REPETITIONS_MAX = 20;
export const ROUTINE_STEPS_MAX = 30;
export const SESSION_MINUTES_MAX = 600;

export {
  CONTEXT_LABELS,
  SIDE_LABELS,
  STRETCH_CONTEXTS,
  STRETCH_SIDES,
  formatHold,
  type StretchContext,
  type StretchSides,
} from '../stretches/vocabulary';

const HOLD_MESSAGE = 'Hold for 1 second to 30 minutes';
const REPETITIONS_MESSAGE = `Repeat 1 to ${REPETITIONS_MAX} times`;

/** Forms send what the input holds (often a string); '' and junk become a clear message, not 0. */
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );

export const holdSecondsSchema = wholeNumber(HOLD_MESSAGE, HOLD_MIN_SECONDS, HOLD_MAX_SECONDS);
export const repetitionsSchema = wholeNumber(REPETITIONS_MESSAGE, 1, REPETITIONS_MAX);

const optionalNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const stretchNameSchema = z
  .string({ error: 'Enter a name for the stretch' })
  .trim()
  .min(1, 'Enter a name for the stretch')
  .max(80, 'Use at most 80 characters');

export const instructionsSchema = z
  .string()
  .trim()
  .max(1000, 'Keep instructions under 1000 characters')
  .default('');

export const stretchInputSchema = z.object({
  id: clientIdSchema,
  name: stretchNameSchema,
  instructions: instructionsSchema,
  defaultHoldSeconds: holdSecondsSchema,
  perSide: z.boolean({ error: 'Say whether it is done on each side' }),
});
export type StretchInput = z.infer<typeof stretchInputSchema>;

export const archiveStretchSchema = z.object({ stretchId: uuidSchema, archived: z.boolean() });

export const routineStepSchema = z.object({
  stretchId: z.uuid({ error: 'Choose a stretch' }),
  holdSeconds: holdSecondsSchema,
  repetitions: repetitionsSchema,
  bothSides: z.boolean(),
});
export type RoutineStepInput = z.infer<typeof routineStepSchema>;

export const routineInputSchema = z.object({
  id: clientIdSchema,
  name: z
    .string({ error: 'Give the routine a name' })
    .trim()
    .min(1, 'Give the routine a name')
    .max(80, 'Use at most 80 characters'),
  steps: z
    .array(routineStepSchema, { error: 'Add at least one stretch' })
    .min(1, 'Add at least one stretch')
    .max(ROUTINE_STEPS_MAX, `Use at most ${ROUTINE_STEPS_MAX} stretches`),
});
export type RoutineInput = z.infer<typeof routineInputSchema>;

export const routineIdSchema = z.object({ routineId: uuidSchema });

export const stretchSessionInputSchema = z
  .object({
    id: clientIdSchema,
    stretchId: z.uuid({ error: 'Choose a stretch' }).nullish(),
    routineId: z.uuid({ error: 'Choose a routine' }).nullish(),
    context: z.enum(STRETCH_CONTEXTS, { error: 'Choose when you stretched' }),
    sides: z.enum(STRETCH_SIDES, { error: 'Choose the sides' }).default('both'),
    holdSeconds: optionalNumber(holdSecondsSchema),
    repetitions: optionalNumber(repetitionsSchema),
    totalMinutes: optionalNumber(
      z
        .number({ error: `Enter 0 to ${SESSION_MINUTES_MAX} minutes` })
        .min(0, `Enter 0 to ${SESSION_MINUTES_MAX} minutes`)
        .max(SESSION_MINUTES_MAX, `Enter 0 to ${SESSION_MINUTES_MAX} minutes`),
    ),
    /** Wall-clock time in the user's zone, as entered in the form; it wins over `tappedAt`. */
    performedAt: z.preprocess((v) => (v === '' ? undefined : v), wallTimeSchema.optional()),
    /** One-tap logs: the device's clock at the tap. With neither time, the server's now. */
    tappedAt: tappedAtSchema.optional(),
    partial: z.boolean().default(false),
  })
  .superRefine((s, ctx) => {
    if (!s.stretchId === !s.routineId) {
      ctx.addIssue({ code: 'custom', path: ['stretchId'], message: 'Choose a stretch or a routine' });
    }
  });
export type StretchSessionInput = z.input<typeof stretchSessionInputSchema>;
export type StretchSessionData = z.output<typeof stretchSessionInputSchema>;

export const stretchSessionIdSchema = z.object({ sessionId: uuidSchema });

