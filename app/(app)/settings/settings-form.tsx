'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { SettingsInput } from '@/lib/validation/auth';
import { saveSettings } from './actions';

export function SettingsForm({
  email,
  initial,
  timeZones,
}: {
  email: string;
  initial: SettingsInput;
  timeZones: string[];
}) {
  const router = useRouter();
  const { pending, errors, message, submit } = useAction(saveSettings);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const saved = await submit(
      { displayName: String(form.get('displayName') ?? ''), timeZone: String(form.get('timeZone') ?? '') },
      'Settings saved.',
    );
    if (saved) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message?.text} tone={message?.tone} />
      <p className="text-sm">
        Signed in as <span className="font-medium">{email}</span>
      </p>
      <TextInput
        label="Display name"
        name="displayName"
        defaultValue={initial.displayName}
        autoComplete="name"
        error={errors.displayName}
      />
      <SelectInput
        label="Time zone"
        name="timeZone"
        defaultValue={initial.timeZone}
        error={errors.timeZone}
        hint="Nights are counted in this time zone: anything before noon belongs to the night before."
      >
        {timeZones.map((tz) => (
          <option key={tz} value={tz}>
            {tz}
          </option>
        ))}
      </SelectInput>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}
