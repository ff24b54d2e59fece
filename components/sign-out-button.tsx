'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { signOutAndClear, unsentWarning, useUnsentCount } from './sign-out';

export function SignOutButton() {
  const unsent = useUnsentCount();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const questionId = useId();
  // Entries sent meanwhile need no warning any more.
  const askingNow = asking && unsent > 0;

  async function signOutNow() {
    setBusy(true);
    setError(undefined);
    try {
      await signOutAndClear();
    } catch {
      setBusy(false);
      setError('Could not reach Stillnight, so you are still signed in. Check your connection and try again.');
    }
  }

  return (
    <div className="relative">
      <button
        type="button"
        disabled={busy}
        aria-expanded={askingNow}
        onClick={() => (unsent > 0 ? setAsking(true) : signOutNow())}
        className="min-h-11 rounded-lg px-3 text-sm font-medium text-night-700 hover:bg-night-100 dark:text-night-200 dark:hover:bg-night-800"
      >
        Sign out
      </button>
      {(askingNow || error) && (
        <div
          role={askingNow ? 'alertdialog' : 'alert'}
          aria-labelledby={askingNow ? questionId : undefined}
          className="absolute right-0 top-full z-20 mt-2 w-72 space-y-3 rounded-xl bg-white p-4 text-sm shadow-lg ring-1 ring-night-200 dark:bg-night-900 dark:ring-night-700"
        >
          {askingNow && (
            <>
              <p id={questionId} className="font-medium">
                {unsentWarning(unsent)}
              </p>
              <div className="flex flex-wrap gap-2">
                <Button variant="danger" disabled={busy} onClick={signOutNow}>
                  Sign out and delete
                </Button>
                <Button variant="ghost" onClick={() => setAsking(false)} autoFocus>
                  Cancel
                </Button>
              </div>
            </>
          )}
          {error && <p className="text-red-800 dark:text-red-200">{error}</p>}
        </div>
      )}
    </div>
  );
}
