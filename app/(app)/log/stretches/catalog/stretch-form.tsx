'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, FormMessage, TextInput, describedBy, inputClass } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { StretchItem } from '@/db/queries/stretches';
import { HOLD_MAX_SECONDS } from '@/lib/validation/stretches';
import { saveStretchAction } from '../actions';

/** Adds a stretch of the user's own, or edits one (built-in copies included). */
export function StretchForm({
  stretch,
  prefix = 'new',
  onDone,
}: {
  stretch?: StretchItem;
  /** Keeps ids unique when several forms share the page. */
  prefix?: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const { pending, errors, message, submit } = useAction(saveStretchAction);
  const [id, setId] = useState(() => stretch?.id ?? crypto.randomUUID());
  const [formKey, setFormKey] = useState(0);
  const field = (name: string) => `${prefix}-${name}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const saved = await submit(
      {
        id,
        name: String(form.get(field('name')) ?? ''),
        instructions: String(form.get(field('instructions')) ?? ''),
        defaultHoldSeconds: String(form.get(field('defaultHoldSeconds')) ?? ''),
        perSide: form.get(field('perSide')) === 'on',
      },
      stretch ? 'Stretch saved.' : 'Stretch added.',
    );
    if (!saved) return;
    if (!stretch) {
      setId(crypto.randomUUID());
      setFormKey((k) => k + 1);
    }
    router.refresh();
    onDone?.();
  }

  const instructionsId = field('instructions');
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message?.text} tone={message?.tone} />
      <TextInput
        label="Name"
        name={field('name')}
        defaultValue={stretch?.name}
        maxLength={80}
        error={errors.name}
      />
      <Field label="Instructions" name={instructionsId} error={errors.instructions}>
        <textarea
          id={instructionsId}
          name={instructionsId}
          rows={3}
          maxLength={1000}
          defaultValue={stretch?.instructions}
          aria-invalid={errors.instructions ? true : undefined}
          aria-describedby={describedBy(instructionsId, errors.instructions)}
          className={`${inputClass} py-3`}
        />
      </Field>
      <TextInput
        label="Hold (seconds)"
        name={field('defaultHoldSeconds')}
        type="number"
        inputMode="numeric"
        min={1}
        max={HOLD_MAX_SECONDS}
        defaultValue={stretch?.defaultHoldSeconds ?? 30}
        error={errors.defaultHoldSeconds}
        hint="1 second to 30 minutes (1800 s)"
      />
      <label className="flex min-h-12 cursor-pointer items-center gap-3">
        <input
          type="checkbox"
          name={field('perSide')}
          defaultChecked={stretch?.perSide ?? true}
          className="size-6 accent-calm-600"
        />
        <span>Done on each side (left and right)</span>
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : stretch ? 'Save stretch' : 'Add stretch'}
      </Button>
    </form>
  );
}
