import './zod-config';
import { z } from 'zod';
import { isCalendarDate, isValidTimeZone, isWallTime } from '../nights';


export const timeZoneSchema = z
  .string({ error: 'Choose a time zone' })
  .trim()
  .min(1, 'Choose a time zone')
  .refine(isValidTimeZone, 'Choose a time zone from the list, e.g. Europe/Berlin');

export const uuidSchema = z.uuid({ error: 'Invalid id' });

export { firstErrors, type FieldErrors } from './field-errors';

/** A create's client-generated id: sending the same create twice stores one row. */
export const clientIdSchema = z.uuid({ error: 'Missing or invalid id; reload the page and try again' });

export const calendarDateSchema = z
  .string({ error: 'Enter a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'That date does not exist')
  .refine(isCalendarDate, 'Enter a date between 1900 and 2200');

export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, e.g. 21:30');


// Control characters other than tab and line breaks: invisible, and a NUL cannot be stored in PostgreSQL text.
const CONTROL_CHARACTERS = new RegExp('[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]');
export const CONTROL_CHARACTERS_MESSAGE = 'Remove the invisible control characters';
export const withoutControlCharacters = (s: string) => !CONTROL_CHARACTERS.test(s);

export const notesSchema = z
  .string()
  .trim()
  .max(2000, 'Keep notes under 2000 characters')
  .refine(withoutControlCharacters, CONTROL_CHARACTERS_MESSAGE)
  .default('');

export const shortTextSchema = (what: string, max = 100) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `Use at most ${max} characters`)
    .refine(withoutControlCharacters, CONTROL_CHARACTERS_MESSAGE);

/** A datetime-local value ('YYYY-MM-DDTHH:MM'); the server turns it into an instant in the user's time zone. */
export const wallTimeSchema = z
  .string({ error: 'Enter a date and time' })
  .refine(isWallTime, 'Enter a date and time');

export const FUTURE_TIME_MESSAGE = 'That time is still to come';

/**
 * The device's clock at a one-tap log (ISO-8601 with offset): the event's time even when the write
 * waits offline and is sent hours later. A tap cannot be in the future, so a device clock running
 * ahead is read as now rather than refused (refusing would lose a tap nobody can correct).
 */
export const tappedAtSchema = z.iso
  .datetime({ offset: true, error: 'Invalid time' })
  .refine((s) => isCalendarDate(s.slice(0, 10)), 'Invalid time')
  .transform((s) => new Date(Math.min(Date.parse(s), Date.now())));
