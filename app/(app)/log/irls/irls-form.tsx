'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { irlsBand } from '@/lib/irls/band';
import { addIrlsScore } from './actions';

function bandPreview(total: string): string | undefined {
  const n = Number(total);
  if (total.trim() === '' || !Number.isInteger(n) || n < 0 || n > 40) return undefined;
  return irlsBand(n).label;
}

export function IrlsForm({ today }: { today: string }) {
  const router = useRouter();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [total, setTotal] = useState('');
  const { pending, errors, message, submit, setMessage } = useAction(addIrlsScore);
  const preview = bandPreview(total);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scoredOn = String(new FormData(event.currentTarget).get('scoredOn') ?? '');
    const saved = await submit({ id, scoredOn, total });
    if (!saved) return;
    setMessage({ text: `Saved: ${saved.total}, ${saved.band.toLowerCase()}.`, tone: 'success' });
    setTotal('');
    setId(crypto.randomUUID());
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Record an IRLS total">
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label="Date" name="scoredOn" type="date" defaultValue={today} max={today} error={errors.scoredOn} />
        <TextInput
          label="IRLS total (0–40)"
          name="total"
          inputMode="numeric"
          autoComplete="off"
          value={total}
          onChange={(e) => setTotal(e.target.value)}
          error={errors.total}
        />
      </div>
      <p aria-live="polite" className="min-h-6 text-sm text-night-600 dark:text-night-300">
        {preview && `Band: ${preview}`}
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save score'}
      </Button>
    </form>
  );
}
