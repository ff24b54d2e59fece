/**
 * The largest server-action body accepted, in bytes; next.config.mjs sets the same as
 * `serverActions.bodySizeLimit` (lib/http/body-limit.test.ts keeps the two equal). The largest legit
 * input is a few kB: 2000 characters of episode notes (≤ 12 kB even as JSON escapes) or a 30-step routine.
 */
export const ACTION_BODY_LIMIT = '64kb';
export const ACTION_BODY_LIMIT_BYTES = 64 * 1024;

/** An action POST whose declared length is past the limit, refused before any code reads it. */
export function isOversizedAction(request: { method: string; headers: Headers }): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false;
  const length = Number(request.headers.get('content-length'));
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES;
}
