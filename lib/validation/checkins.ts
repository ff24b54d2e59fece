import './zod-config';
import { z } from 'zod';
import { nightOf } from '../nights';
import { calendarDateSchema, clientIdSchema, wallTimeSchema, type FieldErrors } from './common';

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

/** Bed and wake times must belong to the night and span at most a day. */
export function checkSleepTimes(night: string, bedtime: Date | null, wakeTime: Date | null, timeZone: string): FieldErrors | null {
  const errors: FieldErrors = {};
  if (bedtime && nightOf(bedtime, timeZone) !== night) {
    errors.bedtime = ['Bedtime must be that evening or after midnight (before noon the next day)'];
  }
  if (bedtime && wakeTime && wakeTime.getTime() - bedtime.getTime() > 24 * 3600_000) {
    errors.wakeTime = ['Wake time must be within 24 hours of bedtime'];
  }
  return Object.keys(errors).length ? errors : null;
}
