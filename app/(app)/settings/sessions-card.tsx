'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/field';
import { signOutEverywhere } from './actions';

export function SessionsCard() {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string>();

  async function confirm() {
    const result = await signOutEverywhere({});
    if (!result.ok) return setMessage(result.message);
    await signOut({ callbackUrl: '/sign-in' });
  }

  return (
    <Card>
      <h2 className="text-lg font-semibold">Devices</h2>
      <p className="mt-1 mb-4 text-night-600 dark:text-night-300">
        Lost a phone? Sign out on every device, this one included.
      </p>
      <FormMessage message={message} />
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
