import './zod-config';
import { z } from 'zod';
import { CONTROL_CHARACTERS_MESSAGE, withoutControlCharacters } from './common';

/** An empty form field means "not recorded": null, never zero. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Accepts what a form sends (a string, possibly empty) or a number; blank becomes null. */
export function numberInput(value: unknown): unknown {
  if (isBlank(value)) return null;
  return typeof value === 'string' ? Number(value.trim()) : value;
}

/** A whole number in [min, max], or null when left empty. */
export function optionalWholeNumber(opts: { min: number; max: number; message: string; negative?: string }) {
  return z.preprocess(
    numberInput,
    z
      .number({ error: opts.message })
      .int(opts.message)
      .min(opts.min, opts.negative ?? opts.message)
      .max(opts.max, opts.message)
      .nullable(),
  );
}

/** A required whole number in [min, max]. */
export function wholeNumber(opts: { min: number; max: number; message: string }) {
  return z.preprocess(
    numberInput,
    z.number({ error: opts.message }).int(opts.message).min(opts.min, opts.message).max(opts.max, opts.message),
  );
}

/** Optional text: trimmed, at most `max` characters, '' when empty. */
export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (isBlank(v) ? '' : v),
    z.string().trim().max(max, `Use at most ${max} characters`).refine(withoutControlCharacters, CONTROL_CHARACTERS_MESSAGE),
  );

/** 'yes'/'no' from a form, or a boolean; blank is null. */
export const optionalYesNo = (message = 'Choose yes or no') =>
  z.preprocess(
    (v) => (isBlank(v) ? null : v === 'yes' ? true : v === 'no' ? false : v),
    z.boolean({ error: message }).nullable(),
  );

/** A value from a fixed list, or null when left empty. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (isBlank(v) ? null : v), z.enum(values, { error: message }).nullable());

/** A day picked in a form must not lie after the user's today. */
export function isFutureDay(day: string, today: string): boolean {
  return day > today;
}
