import { z } from 'zod';

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ error: 'Choose a time zone' })
  .trim()
  .min(1, 'Choose a time zone')
  .refine(isValidTimeZone, 'Choose a time zone from the list, e.g. Europe/Berlin');

export const uuidSchema = z.uuid({ error: 'Invalid id' });

export type FieldErrors = Record<string, string[] | undefined>;

/** First message per field, for forms that show one line under each input. */
export function firstErrors(fieldErrors: FieldErrors | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors ?? {})) if (v?.[0]) out[k] = v[0];
  return out;
}
