'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { saveNightCheckin } from '@/app/(app)/today/actions';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export type SleepInitial = {
  id: string | null;
  bedtime: string | null;
  wakeTime: string | null;
  hoursSlept: number | null;
  awakenings: number | null;
  sleepQuality: number | null;
};

const numberOrNull = (v: FormDataEntryValue | null) => {
  const s = String(v ?? '').trim();
  return s === '' ? null : Number(s);
};

/** Sleep for a night: hours or bed/wake times, awakenings and quality; all optional. */
export function SleepForm({ nightOf, hadSymptoms, initial }: { nightOf: string; hadSymptoms: boolean; initial: SleepInitial }) {
  const router = useRouter();
  const [id] = useState(() => initial.id ?? crypto.randomUUID());
  const { pending, errors, message, submit } = useAction(saveNightCheckin);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const saved = await submit(
      {
        id,
        nightOf,
        hadSymptoms,
        bedtime: String(form.get('bedtime') ?? '') || null,
        wakeTime: String(form.get('wakeTime') ?? '') || null,
        hoursSlept: numberOrNull(form.get('hoursSlept')),
        awakenings: numberOrNull(form.get('awakenings')),
        sleepQuality: numberOrNull(form.get('sleepQuality')),
      },
      'Sleep saved.',
    );
    if (saved) router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label="Went to bed" name="bedtime" type="datetime-local" defaultValue={initial.bedtime ?? undefined} error={errors.bedtime} />
        <TextInput label="Got up" name="wakeTime" type="datetime-local" defaultValue={initial.wakeTime ?? undefined} error={errors.wakeTime} />
        <TextInput
          label="Hours slept"
          name="hoursSlept"
          type="number"
          inputMode="decimal"
          step="0.5"
          min={0}
          max={24}
          defaultValue={initial.hoursSlept ?? undefined}
          error={errors.hoursSlept}
          hint="Leave empty to work it out from the times."
        />
        <TextInput
          label="Times woken"
          name="awakenings"
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          defaultValue={initial.awakenings ?? undefined}
          error={errors.awakenings}
        />
        <SelectInput label="Sleep quality" name="sleepQuality" defaultValue={initial.sleepQuality ?? ''} error={errors.sleepQuality}>
          <option value="">Not rated</option>
          <option value="1">1 – very poor</option>
          <option value="2">2 – poor</option>
          <option value="3">3 – fair</option>
          <option value="4">4 – good</option>
          <option value="5">5 – very good</option>
        </SelectInput>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save sleep'}
      </Button>
    </form>
  );
}
