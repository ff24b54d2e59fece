import './zod-config';
import { z } from 'zod';
import { checkEpisodeTimes } from '../episodes/times';
import { BODY_AREAS, RELIEFS, SENSATIONS } from '../episodes/vocabulary';
import { wallTimeToInstant } from '../nights';
import { clientIdSchema, notesSchema, wallTimeSchema } from './common';

export const severitySchema = z
  .number({ error: 'Choose a severity from 0 to 10' })
  .int('Severity is a whole number from 0 to 10')
  .min(0, 'Severity is from 0 to 10')
  .max(10, 'Severity is from 0 to 10');

const listOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values, { error: `Unknown ${what}` }))
    .max(values.length)
    .default([])
    .transform((list) => [...new Set(list)]);

export const episodeDetailsSchema = z.object({
  bodyAreas: listOf(BODY_AREAS, 'body area'),
  sensations: listOf(SENSATIONS, 'sensation'),
  reliefs: listOf(RELIEFS, 'relief'),
  notes: notesSchema,
});

const instantInput = z.iso.datetime({ offset: true, error: 'Invalid time' }).transform((s) => new Date(s));

/** One tap: the device's clock, so a start queued offline keeps its real time. */
export const startEpisodeSchema = z.object({ id: clientIdSchema, startedAt: instantInput });

export const endEpisodeSchema = z.object({ id: clientIdSchema, endedAt: instantInput, severity: severitySchema });

export const episodeDetailsUpdateSchema = episodeDetailsSchema.extend({ id: clientIdSchema });

/**
 * The full form: wall-clock times read in the user's time zone, end given as a time or a duration.
 * Severity and the times are checked together, so every field's message shows at once.
 */
export function episodeFormSchema(timeZone: string, now: () => Date = () => new Date()) {
  return episodeDetailsSchema
    .extend({
      id: clientIdSchema,
      startedAt: wallTimeSchema,
      endedAt: wallTimeSchema.optional(),
      durationMinutes: z
        .number({ error: 'Enter the duration in minutes' })
        .int('Enter whole minutes')
        .min(1, 'At least 1 minute')
        .max(24 * 60, 'An episode can last at most 24 hours')
        .optional(),
      severity: z.unknown(),
    })
    .transform((input, ctx) => {
      const severity = severitySchema.safeParse(input.severity);
      if (!severity.success) {
        ctx.addIssue({ code: 'custom', path: ['severity'], message: severity.error.issues[0]!.message });
      }
      const startedAt = wallTimeToInstant(input.startedAt, timeZone);
      const endedAt = input.endedAt
        ? wallTimeToInstant(input.endedAt, timeZone)
        : input.durationMinutes
          ? new Date(startedAt.getTime() + input.durationMinutes * 60_000)
          : null;
      const errors = checkEpisodeTimes(startedAt, endedAt, now());
      const endField = input.endedAt ? 'endedAt' : 'durationMinutes';
      if (errors.startedAt) ctx.addIssue({ code: 'custom', path: ['startedAt'], message: errors.startedAt });
      if (errors.endedAt) ctx.addIssue({ code: 'custom', path: [endField], message: errors.endedAt });
      if (!endedAt) {
        ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'Enter when it ended, or how long it lasted' });
      }
      if (!severity.success || !endedAt) return z.NEVER;
      const { durationMinutes: _ignored, ...rest } = input;
      return { ...rest, severity: severity.data, startedAt, endedAt };
    });
}
export type EpisodeFormInput = z.input<ReturnType<typeof episodeFormSchema>>;
export type EpisodeFormData = z.output<ReturnType<typeof episodeFormSchema>>;
