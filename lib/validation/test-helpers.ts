import type { z } from 'zod';

/** Messages by dotted path, as the action wrapper reports them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[issue.path.map(String).join('.') || 'form'] ??= []).push(issue.message);
  return out;
}
