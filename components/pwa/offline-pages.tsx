'use client';

import { useEffect } from 'react';
import { OFFLINE_PAGES, PAGE_CACHE_PREFIX, accountKeyOf, type SwMessage } from '@/lib/pwa/page-cache';

/**
 * Tells the service worker which account is signed in, so it keeps that account's copies of the
 * pages that open offline (and drops any other account's), and asks it to fetch them now.
 */
export function OfflinePages({ userId }: { userId: string }) {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let cancelled = false;
    void (async () => {
      const registration = await navigator.serviceWorker.ready;
      const accountKey = await accountKeyOf(userId);
      // The routine player of each routine shown on this page (Today lists them).
      const players = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="/log/stretches/play/"]'), (a) =>
        new URL(a.href).pathname,
      );
      if (cancelled || !navigator.onLine) return;
      const message: SwMessage = { type: 'ACCOUNT', accountKey, urls: [...new Set([...OFFLINE_PAGES, ...players])] };
      registration.active?.postMessage(message);
    })();
    return () => {
      cancelled = true;
    };
  }, [userId]);
  return null;
}

/** Deletes every cached signed-in page on this device (the one sign-out calls it). */
export async function clearOfflinePages(): Promise<void> {
  navigator.serviceWorker?.controller?.postMessage({ type: 'SIGNED_OUT' } satisfies SwMessage);
  if (!('caches' in window)) return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PAGE_CACHE_PREFIX)).map((n) => caches.delete(n)));
}
