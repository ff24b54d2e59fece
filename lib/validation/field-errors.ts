/** Messages per field, keyed by dotted path. Free of zod, so client bundles can use it cheaply. */
export type FieldErrors = Record<string, string[] | undefined>;

/** First message per field, for forms that show one line under each input. */
export function firstErrors(fieldErrors: FieldErrors | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldErrors ?? {})) if (v?.[0]) out[k] = v[0];
  return out;
}
