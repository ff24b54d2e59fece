'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import type { SettingsInput } from '@/lib/validation/auth';
import { firstErrors } from '@/lib/validation/common';
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' }>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    try {
      const result = await saveSettings({
        displayName: String(form.get('displayName') ?? ''),
        timeZone: String(form.get('timeZone') ?? ''),
      });
      if (result.ok) {
        setErrors({});
        setMessage({ text: 'Settings saved.', tone: 'success' });
        router.refresh();
      } else {
        setErrors(firstErrors(result.fieldErrors));
        setMessage({ text: result.message, tone: 'error' });
      }
    } catch {
      setMessage({ text: 'Could not save. Check your connection and try again.', tone: 'error' });
    } finally {
      setPending(false);
    }
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
