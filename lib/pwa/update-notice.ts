/**
 * Whether to say "Stillnight was updated": the worker serving this page is of another build than
 * the one this device last saw. A first visit (nothing seen yet) is not an update.
 */
export function isUpdate(seen: string | null, current: string | null): boolean {
  return seen !== null && current !== null && seen !== current;
}
