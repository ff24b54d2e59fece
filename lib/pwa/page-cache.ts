/**
 * Names shared by the service worker (app/sw.ts) and the pages. Signed-in pages are kept per account:
 * one Cache Storage cache per account key, plus a marker saying which account is signed in now.
 * Pure: no DOM or worker globals, so both sides (and the tests) import it.
 */
export const PAGE_CACHE_PREFIX = 'stillnight-pages-';
export const ACCOUNT_MARKER_CACHE = `${PAGE_CACHE_PREFIX}account`;
export const ACCOUNT_MARKER_URL = '/__stillnight/account';

/** The pages that must open with no network (their paths; the routine player's are found on the page). */
export const OFFLINE_PAGES = ['/today', '/log/episodes/new', '/log/stretches'] as const;

export { isSignedInPath } from '@/lib/http/signed-in-paths';

/** Only these are kept for offline use: what the person needs in bed, nothing more of their data. */
export function isOfflinePage(pathname: string): boolean {
  return (OFFLINE_PAGES as readonly string[]).includes(pathname) || /^\/log\/stretches\/play\/[^/]+$/.test(pathname);
}

export const pageCacheName = (accountKey: string) => `${PAGE_CACHE_PREFIX}${accountKey}`;

/** The cache key of an account: a SHA-256 of its id, so the id itself is not written to disk in a name. */
export async function accountKeyOf(userId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`stillnight-pages:${userId}`));
  return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

export type SwMessage =
  | { type: 'ACCOUNT'; accountKey: string; urls: string[] }
  | { type: 'SIGNED_OUT' }
  | { type: 'VERSION' };
