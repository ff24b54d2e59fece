'use client';

import { useEffect, useState } from 'react';
import type { SwMessage } from '@/lib/pwa/page-cache';
import { isUpdate } from '@/lib/pwa/update-notice';

const VERSION_KEY = 'stillnight-app-version';

function askVersion(worker: ServiceWorker): Promise<string | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(() => resolve(null), 3000);
    channel.port1.onmessage = (event: MessageEvent<{ version?: string }>) => {
      window.clearTimeout(timer);
      resolve(event.data.version ?? null);
    };
    worker.postMessage({ type: 'VERSION' } satisfies SwMessage, [channel.port2]);
  });
}

/**
 * Registers the service worker (app/sw.ts), on every page so the app is installable from sign-in on.
 * A new version waits until every Stillnight tab is closed; the first page it serves says so, quietly.
 */
export function ServiceWorker() {
  const [updated, setUpdated] = useState(false);

  useEffect(() => {
    // Under `next dev` chunks change without changing names: a worker serving them from cache would hide edits.
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {
      // No worker (private mode, blocked storage): the app still works online.
    });
    const controller = navigator.serviceWorker.controller;
    if (!controller) return;
    void askVersion(controller).then((version) => {
      if (!version) return;
      const seen = localStorage.getItem(VERSION_KEY);
      localStorage.setItem(VERSION_KEY, version);
      if (isUpdate(seen, version)) setUpdated(true);
    });
  }, []);

  if (!updated) return null;
  return (
    <div role="status" className="fixed inset-x-0 bottom-0 z-50 flex justify-center p-3">
      <p className="flex items-center gap-3 rounded-xl bg-night-800 px-4 py-2 text-sm text-night-50 shadow-lg">
        Stillnight was updated.
        <button type="button" className="min-h-11 min-w-11 font-semibold underline" onClick={() => setUpdated(false)}>
          OK
        </button>
      </p>
    </div>
  );
}
