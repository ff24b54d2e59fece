'use client';

import { useState } from 'react';
import { signOutAndClear, unsentWarning, useUnsentCount } from '@/components/sign-out';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/field';
import { signOutEverywhere } from './actions';

export function SessionsCard() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();
  const unsent = useUnsentCount();

  async function confirm() {
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
        Lost a phone? Sign out on every device, this one included.
      </p>
      <FormMessage message={message} />
      {confirming && unsent > 0 && <p className="mb-3 font-medium">{unsentWarning(unsent)}</p>}
      {confirming ? (
        <div className="flex flex-wrap gap-3">
          <Button variant="danger" onClick={confirm}>
            Yes, sign out everywhere
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Sign out everywhere
        </Button>
      )}
    </Card>
  );
}
