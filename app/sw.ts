/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, Serwist, type PrecacheEntry, type RouteHandlerCallbackOptions } from 'serwist';
import {
  ACCOUNT_MARKER_CACHE,
  ACCOUNT_MARKER_URL,
  PAGE_CACHE_PREFIX,
  isOfflinePage,
  isSignedInPath,
  pageCacheName,
  type SwMessage,
} from '@/lib/pwa/page-cache';
import { offlinePageHtml } from '@/lib/pwa/offline-page';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const manifest = self.__SW_MANIFEST ?? [];
// Changes whenever a built file changes: the page compares it to the one it saw last to say "updated".
const VERSION = String(
  Array.from(JSON.stringify(manifest)).reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0, 7) >>> 0,
);

async function currentAccount(): Promise<string | null> {
  const marker = await (await caches.open(ACCOUNT_MARKER_CACHE)).match(ACCOUNT_MARKER_URL);
  return marker ? marker.text() : null;
}

async function clearPages(keep?: string): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names.filter((n) => n.startsWith(PAGE_CACHE_PREFIX) && n !== keep).map((n) => caches.delete(n)),
  );
}

/** A copy worth keeping: the page itself, rendered for a signed-in visitor (not a redirect to sign-in). */
const keepable = (response: Response) => response.ok && response.type === 'basic' && !response.redirected && response.status === 200;

async function remember(accountKey: string, pathname: string, response: Response): Promise<void> {
  await (await caches.open(pageCacheName(accountKey))).put(pathname, response);
}

/** Network first; with no network, the account's last copy (Today, the episode form, the stretches and player). */
async function navigate({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
  const offlinePage = isOfflinePage(url.pathname) && url.search === '';
  try {
    const response = await fetch(request);
    if (offlinePage) {
      const account = await currentAccount();
      if (account && keepable(response)) await remember(account, url.pathname, response.clone());
      // A signed-in page answered with a redirect: the session is over, so nothing of it stays here.
      else if (response.type === 'opaqueredirect') await clearPages();
    }
    return response;
  } catch {
    const account = await currentAccount();
    if (account && isSignedInPath(url.pathname)) {
      const cached = await (await caches.open(pageCacheName(account))).match(url.pathname);
      if (cached) return cached;
    }
    return new Response(offlinePageHtml(isSignedInPath(url.pathname)), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
}

const serwist = new Serwist({
  precacheEntries: manifest,
  // An update waits until every Stillnight tab is closed: it takes effect on the next open.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ request }) => request.mode === 'navigate', handler: navigate },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/icons/')),
      handler: new CacheFirst({
        cacheName: 'stillnight-static',
        plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
      }),
    },
  ],
});

self.addEventListener('message', (event) => {
  const data = event.data as SwMessage | undefined;
  if (!data) return;
  if (data.type === 'VERSION') {
    event.ports[0]?.postMessage({ version: VERSION });
  } else if (data.type === 'SIGNED_OUT') {
    event.waitUntil(clearPages());
  } else if (data.type === 'ACCOUNT') {
    event.waitUntil(warm(data.accountKey, data.urls));
  }
});

/** The signed-in account said who it is: drop any other account's pages, then fetch the offline pages for it. */
async function warm(accountKey: string, urls: string[]): Promise<void> {
  if (!/^[0-9a-f]{24}$/.test(accountKey)) return;
  await clearPages(pageCacheName(accountKey));
  await (await caches.open(ACCOUNT_MARKER_CACHE)).put(ACCOUNT_MARKER_URL, new Response(accountKey));
  await Promise.all(
    urls
      .filter((u) => u.startsWith('/') && isOfflinePage(u))
      .map(async (pathname) => {
        try {
          const response = await fetch(pathname, { credentials: 'same-origin', cache: 'no-store' });
          if (keepable(response) && (await currentAccount()) === accountKey) await remember(accountKey, pathname, response);
        } catch {
          // Offline now: the copy from the last visit stays.
        }
      }),
  );
}

serwist.addEventListeners();
