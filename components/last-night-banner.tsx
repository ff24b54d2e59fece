'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { NUDGE_DISMISSED_COOKIE } from '@/lib/nights/nudge';

/** Shown when the app opens and last night has nothing logged; "Not now" hides it until the next night. */
export function LastNightBanner({ nightOf, label }: { nightOf: string; label: string }) {
  const pathname = usePathname();
  const [dismissed, setDismissed] = useState(false);
  const href = `/history/${nightOf}`;
  if (dismissed || pathname === href) return null;

  function dismiss() {
    // The night's date only: it says nothing of the night itself.
    document.cookie = `${NUDGE_DISMISSED_COOKIE}=${nightOf}; path=/; max-age=${2 * 24 * 3600}; samesite=lax`;
    setDismissed(true);
  }

  return (
    <aside aria-label="Last night is not logged" className="mx-auto max-w-4xl px-4 pt-4 print:hidden">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-calm-50 px-4 py-3 ring-1 ring-calm-200 dark:bg-night-800 dark:ring-night-700">
        <p className="font-medium">Last night ({label}) is not logged yet.</p>
        <div className="flex gap-2">
          <Link
            href={href}
            className="inline-flex min-h-11 items-center rounded-xl bg-calm-700 px-4 font-semibold text-white hover:bg-calm-600 dark:bg-calm-400 dark:text-night-950"
          >
            Log it now
          </Link>
          <Button variant="ghost" className="min-h-11" onClick={dismiss}>
            Not now
          </Button>
        </div>
      </div>
    </aside>
  );
}
