'use client';

import { useState, type FormEvent } from 'react';
import { signOutAndClear } from '@/components/sign-out';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { deleteAccount } from './actions';
import { DataTransfer } from './data-transfer';

export function YourDataCard() {
  const [deleting, setDeleting] = useState(false);
  const { pending, errors, message, submit } = useAction(deleteAccount);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const deleted = await submit({ password: String(form.get('password') ?? '') });
    if (deleted !== undefined) await signOutAndClear();
  }

  return (
    <Card>
      <h2 className="text-lg font-semibold">Your data</h2>
      <div className="mt-2 space-y-2 text-night-700 dark:text-night-200">
        <p>
          Stillnight keeps your account (email, name, time zone, a hash of your password), everything you log — nights,
          episodes and their notes, stretches and routines, factors, medications and doses, IRLS scores — and the list of
          devices signed in below.
        </p>
        <p>
          It is stored only in this server’s database. Only you can see it, once signed in: there is no analytics, no
          advertising and no sharing with anyone.
        </p>
      </div>
      <DataTransfer />
      <div className="mt-5 border-t border-night-100 pt-5 dark:border-night-800">
        <h3 className="font-semibold">Delete my account</h3>
        {deleting ? (
          <form onSubmit={onSubmit} noValidate className="mt-3 space-y-4">
            <p role="note" className="font-medium text-red-700 dark:text-red-300">
              This deletes your account and everything you have logged, at once and for good. It cannot be undone.
            </p>
            <FormMessage message={message?.text} tone={message?.tone} />
            <TextInput
              label="Your password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              error={errors.password}
            />
            <div className="flex flex-wrap gap-3">
              <Button type="submit" variant="danger" disabled={pending}>
                {pending ? 'Deleting…' : 'Delete my account and all my data'}
              </Button>
              <Button variant="secondary" onClick={() => setDeleting(false)}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <>
            <p className="mt-1 mb-3 text-night-600 dark:text-night-300">Everything of yours is removed; you are signed out.</p>
            <Button variant="secondary" onClick={() => setDeleting(true)}>
              Delete my account…
            </Button>
          </>
        )}
      </div>
    </Card>
  );
}
