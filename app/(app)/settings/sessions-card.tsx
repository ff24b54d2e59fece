'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { signOutAndClear, unsentWarning, useUnsentCount } from '@/components/sign-out';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/field';
import { signOutEverywhere, signOutSession } from './actions';

export type SessionRow = { id: string; deviceLabel: string; lastSeen: string; signedIn: string; current: boolean };

export function SessionsCard({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<string>();
  const unsent = useUnsentCount();

  async function endSession(id: string) {
    setBusy(id);
    try {
      const result = await signOutSession({ sessionId: id });
      if (!result.ok) {
        setMessage(result.message);
        router.refresh();
      } else if (result.data.current) await signOutAndClear();
      else router.refresh();
    } catch {
      setMessage('Could not reach Stillnight. Check your connection and try again.');
    } finally {
      setBusy(undefined);
    }
  }

  async function everywhere() {
    try {
      const result = await signOutEverywhere({});
      if (!result.ok) return setMessage(result.message);
      await signOutAndClear();
    } catch {
      setMessage('Could not reach Stillnight. Check your connection and try again.');
    }
  }

  return (
    <Card>
      <h2 className="text-lg font-semibold">Devices</h2>
      <p className="mt-1 mb-4 text-night-600 dark:text-night-300">
        Where you are signed in. A device unused for a while, or signed in long ago, is signed out by itself.
      </p>
      <FormMessage message={message} />
      <ul aria-label="Signed-in devices" className="mb-4 divide-y divide-night-100 dark:divide-night-800">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-medium">
                {s.deviceLabel}
                {s.current && (
                  <span className="ml-2 rounded-full px-2 py-0.5 text-sm text-calm-700 ring-1 ring-calm-600 dark:text-calm-400 dark:ring-calm-400">
                    This device
                  </span>
                )}
              </p>
              <p className="text-sm text-night-600 dark:text-night-300">
                Last seen {s.lastSeen} · signed in {s.signedIn}
              </p>
            </div>
            <Button variant="secondary" disabled={busy !== undefined} onClick={() => endSession(s.id)}>
              Sign out
            </Button>
          </li>
        ))}
      </ul>
      {confirming && unsent > 0 && <p className="mb-3 font-medium">{unsentWarning(unsent)}</p>}
      {confirming ? (
        <div role="group" aria-label="Sign out on every device?" className="flex flex-wrap gap-3">
          <Button variant="danger" onClick={everywhere}>
            Yes, sign out everywhere
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <>
          <p className="mb-3 text-night-600 dark:text-night-300">Lost a phone? Sign out on every device, this one included.</p>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Sign out everywhere
          </Button>
        </>
      )}
    </Card>
  );
}
