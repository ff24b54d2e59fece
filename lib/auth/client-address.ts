/** Every client counts as this one address when no trusted proxy names the real one. */
export const UNKNOWN_CLIENT = 'unknown';

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address for throttling. `X-Forwarded-For` is written by whoever sends the request
 * (Next.js only fills it in when it is missing), so it is believed only with `trustedProxies` > 0,
 * and then only the entry the outermost trusted proxy appended: the ones before it are the client's word.
 */
export function clientAddress(headers: HeaderSource, trustedProxies: number): string {
  if (trustedProxies < 1) return UNKNOWN_CLIENT;
  const hops = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const address = hops[Math.max(0, hops.length - trustedProxies)];
  return address ? address.slice(0, 64) : UNKNOWN_CLIENT;
}
