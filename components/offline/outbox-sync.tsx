'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { flushOutbox, otherAccountsCount, outboxHeld, readOutbox, releaseOutbox, setOutboxOwner, subscribeOutbox } from './outbox';
import { sendQueued } from './senders';

const pendingCount = () => readOutbox().length;
/** Entries on this device that belong to an account other than the one signed in. */
const elsewhereCount = () => (outboxHeld() ? readOutbox().length : otherAccountsCount());

/** Shows what is waiting on this device and sends it when the connection returns. */
export function OutboxSync({ userId }: { userId: string }) {
  const router = useRouter();
  setOutboxOwner(userId);
  const held = useSyncExternalStore(subscribeOutbox, outboxHeld, () => false);
  const pending = useSyncExternalStore(subscribeOutbox, pendingCount, () => 0);
  const elsewhere = useSyncExternalStore(subscribeOutbox, elsewhereCount, () => 0);
  const [refused, setRefused] = useState<string[]>([]);

  const flush = useCallback(async () => {
    const before = readOutbox().length;
    if (before === 0) return;
    const messages = await flushOutbox(sendQueued);
    if (messages.length) setRefused(messages);
    // Nothing left the device (still offline): a refresh would fail, and the router would then
    // reload the whole page, from the service worker's copy, every 30 seconds.
    if (messages.length || readOutbox().length < before) router.refresh();
  }, [router]);

  useEffect(() => {
    // The shell was just opened for this user, so whoever this tab's queue belongs to may send it again.
    releaseOutbox();
    const timer = window.setTimeout(flush, 0);
    window.addEventListener('online', flush);
    const retry = window.setInterval(flush, 30_000);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('online', flush);
      window.clearInterval(retry);
    };
  }, [flush]);

  if (pending === 0 && elsewhere === 0 && refused.length === 0) return null;
  return (
    <div role="status" className="mx-auto max-w-4xl px-4 pt-3">
      {elsewhere > 0 && (
        <p className="mb-2 rounded-xl bg-night-100 px-4 py-2 text-sm font-medium text-night-900 dark:bg-night-800 dark:text-night-50">
          {elsewhere === 1 ? '1 entry' : `${elsewhere} entries`} saved on this device{' '}
          {elsewhere === 1 ? 'belongs' : 'belong'} to another account than the one signed in now, so{' '}
          {elsewhere === 1 ? 'it was' : 'they were'} not sent. Sign in as that account to send{' '}
          {elsewhere === 1 ? 'it' : 'them'}.
        </p>
      )}
      {pending > 0 && !held && (
        <p className="flex flex-wrap items-center gap-x-2 rounded-xl bg-amber-100 px-4 py-2 text-sm font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50">
          {pending === 1 ? '1 entry is' : `${pending} entries are`} saved on this device and will be sent when you are
          back online.{' '}
          <button type="button" className="min-h-11 underline" onClick={flush}>
            Try now
          </button>
        </p>
      )}
      {refused.length > 0 && (
        <div className="mt-2 space-y-1 rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {refused.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
          <button type="button" className="min-h-11 font-semibold underline" onClick={() => setRefused([])}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
