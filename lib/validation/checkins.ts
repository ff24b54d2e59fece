import { z } from 'zod';
import { calendarDateSchema, clientIdSchema, wallTimeSchema } from './common';

const optionalInt = (min: number, max: number, message: string) =>
  z.number({ error: message }).int(message).min(min, message).max(max, message).nullable().default(null);

export const sleepSchema = z.object({
  bedtime: wallTimeSchema.nullable().default(null),
  wakeTime: wallTimeSchema.nullable().default(null),
  hoursSlept: z
    .number({ error: 'Enter hours from 0 to 24' })
    .min(0, 'Enter hours from 0 to 24')
    .max(24, 'Enter hours from 0 to 24')
    .nullable()
    .default(null),
  awakenings: optionalInt(0, 50, 'Enter a whole number from 0 to 50'),
  sleepQuality: optionalInt(1, 5, 'Choose 1 (very poor) to 5 (very good)'),
});

export const checkinSchema = sleepSchema
  .extend({ id: clientIdSchema, nightOf: calendarDateSchema, hadSymptoms: z.boolean() })
  .superRefine((v, ctx) => {
    if (v.bedtime && v.wakeTime && v.wakeTime <= v.bedtime) {
      ctx.addIssue({ code: 'custom', path: ['wakeTime'], message: 'Wake time must be after bedtime' });
    }
  });
export type CheckinInput = z.input<typeof checkinSchema>;
