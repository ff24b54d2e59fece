'use client';

import { getSession, signOut } from 'next-auth/react';
import { useSyncExternalStore } from 'react';
import { clearOutboxOf, outboxHeld, outboxOwner, readOutbox, subscribeOutbox } from './offline/outbox';
import { clearOfflinePages } from './pwa/offline-pages';
import { THEME_ZONE_KEY } from '@/lib/theme/theme';

/** How many of the signed-in account's entries wait on this device: signing out deletes them. */
function unsentCount(): number {
  // A held queue belongs to an account that is no longer the one signed in: it stays for its owner.
  return outboxHeld() ? 0 : readOutbox().length;
}

export function useUnsentCount(): number {
  return useSyncExternalStore(subscribeOutbox, unsentCount, () => 0);
}

/** "2 entries are not sent yet; …", for the confirmation every sign-out asks when some are waiting. */
export function unsentWarning(count: number): string {
  const entries = count === 1 ? '1 entry is' : `${count} entries are`;
  return `${entries} not sent yet. Signing out deletes ${count === 1 ? 'it' : 'them'} from this device.`;
}

/**
 * The one sign-out: ends the session, then leaves nothing of the account on this device (its
 * queued entries, the pages the service worker kept for offline use, this tab's session storage). Entries another account left queued stay for it.
 */
export async function signOutAndClear(): Promise<void> {
  // The cookie's account, which another tab may have changed since this one was opened; this
  // tab's when the session had already ended.
  const session = await getSession();
  await signOut({ redirect: false });
  const userId = session?.user.id || outboxOwner();
  if (userId) clearOutboxOf(userId);
  await clearOfflinePages().catch(() => {
    // Cache Storage refused (storage blocked): there is nothing in it to clear.
  });
  // next-auth's sign-out notice to other tabs, and anything kept per tab: none of it is needed now.
  localStorage.removeItem('nextauth.message');
  localStorage.removeItem(THEME_ZONE_KEY);
  sessionStorage.clear();
  // A full load, not a client navigation: the router's cache and this tab's memory hold the account's pages.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign('/sign-in');
}
