import type { z } from 'zod';

/** Messages per field, keyed by dotted path. Free of zod, so client bundles can use it cheaply. */
export type FieldErrors = Record<string, string[] | undefined>;

/** First message per field, for forms that show one line under each input. */
export function firstErrors(fieldErrors: FieldErrors | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors ?? {})) if (v?.[0]) out[k] = v[0];
  return out;
}

/** Messages keyed by dotted path ("steps.2.holdSeconds"), so nested fields get their own message. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
