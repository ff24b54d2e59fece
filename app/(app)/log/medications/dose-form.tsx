'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { instantToWallTime } from '@/lib/nights';
import { logMedicationDose } from './actions';

type Option = { id: string; name: string; dose: string; asNeeded: boolean };

/** Logs a dose taken: time defaults to now, the dose to the medication's usual one. */
export function DoseForm({
  medications,
  timeZone,
  defaultTakenAt,
}: {
  medications: Option[];
  timeZone: string;
  defaultTakenAt: string;
}) {
  const router = useRouter();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [picked, setMedicationId] = useState(medications[0]?.id ?? '');
  // A medication deleted or stopped since the pick falls back to the first one listed.
  const medicationId = medications.some((m) => m.id === picked) ? picked : (medications[0]?.id ?? '');
  const [dose, setDose] = useState(medications[0]?.dose ?? '');
  const [takenAt, setTakenAt] = useState(defaultTakenAt);
  const { pending, errors, message, submit } = useAction(logMedicationDose);

  function pick(nextId: string) {
    setMedicationId(nextId);
    setDose(medications.find((m) => m.id === nextId)?.dose ?? '');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = medications.find((m) => m.id === medicationId)?.name ?? 'Dose';
    const logged = await submit({ id, medicationId, takenAt, dose }, `${name} logged.`);
    if (!logged) return;
    setId(crypto.randomUUID());
    setTakenAt(instantToWallTime(new Date(), timeZone));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Log a dose">
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectInput
          label="Medication"
          name="dose-medication"
          value={medicationId}
          onChange={(e) => pick(e.target.value)}
          error={errors.medicationId}
        >
          {medications.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
              {m.asNeeded ? ' (as needed)' : ''}
            </option>
          ))}
        </SelectInput>
        <TextInput
          label="Taken at"
          name="dose-taken-at"
          type="datetime-local"
          value={takenAt}
          onChange={(e) => setTakenAt(e.target.value)}
          error={errors.takenAt}
        />
        <TextInput
          label="Dose taken"
          name="dose-amount"
          value={dose}
          onChange={(e) => setDose(e.target.value)}
          maxLength={60}
          autoComplete="off"
          error={errors.dose}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? 'Logging…' : 'Log dose'}
      </Button>
    </form>
  );
}
