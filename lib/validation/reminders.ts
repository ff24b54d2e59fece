import { z } from 'zod';
import { localTimeSchema } from './common';

export const REMINDER_KINDS = ['evening', 'morning'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DEFAULT_REMINDER_TIMES: Record<ReminderKind, string> = { evening: '21:30', morning: '08:00' };

/** One reminder to download: which one, and the local time the person chose. */
export const reminderRequestSchema = z.object({
  kind: z.enum(REMINDER_KINDS, { error: 'Choose the evening or the morning reminder' }),
  time: localTimeSchema,
});
export type ReminderRequest = z.infer<typeof reminderRequestSchema>;
