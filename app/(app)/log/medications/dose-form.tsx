'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { sendOrQueue } from '@/components/offline/outbox';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { ActionResult } from '@/lib/auth/action';
import { doseTimeAtTap, doseTimeError } from '@/lib/medications/dose-time';
import { instantToWallTime } from '@/lib/nights';
import type { LogDoseInput } from '@/lib/validation/medications';
import { logMedicationDose } from './actions';

type Option = { id: string; name: string; dose: string; asNeeded: boolean };

/** Sends the dose, or keeps it on this device when there is no connection. */
async function logOrQueue(input: LogDoseInput): Promise<ActionResult<{ queued: boolean }>> {
  const result = await sendOrQueue({ key: input.id, kind: 'dose', input }, (owner) => logMedicationDose(input, owner));
  return result.ok === false ? result : { ok: true, data: { queued: result.ok === 'queued' } };
}

/** Logs a dose taken: time defaults to now (the moment of the tap), the dose to the medication's usual one. */
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
  // Until the user changes the time, it follows the clock, and the tap decides it.
  const [timeEdited, setTimeEdited] = useState(false);
  const { pending, errors, message, submit, setErrors, setMessage } = useAction(logOrQueue);

  useEffect(() => {
    if (timeEdited) return;
    const timer = window.setInterval(() => setTakenAt(instantToWallTime(new Date(), timeZone)), 15_000);
    return () => window.clearInterval(timer);
  }, [timeEdited, timeZone]);

  function pick(nextId: string) {
    setMedicationId(nextId);
    setDose(medications.find((m) => m.id === nextId)?.dose ?? '');
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const now = new Date();
    const at = doseTimeAtTap(timeEdited ? takenAt : null, now, timeZone);
    setTakenAt(at);
    const timeError = doseTimeError(at, now, timeZone);
    if (timeError) {
      setErrors({ takenAt: timeError });
      setMessage({ text: 'Please check the highlighted fields.', tone: 'error' });
      return;
    }
    const name = medications.find((m) => m.id === medicationId)?.name ?? 'Dose';
    const logged = await submit({ id, medicationId, takenAt: at, tappedAt: timeEdited ? undefined : now.toISOString(), dose });
    if (!logged) return;
    setMessage({
      text: logged.queued ? `${name}: saved on this device; it will be sent when you reconnect.` : `${name} logged.`,
      tone: 'success',
    });
    setId(crypto.randomUUID());
    setTimeEdited(false);
    setTakenAt(instantToWallTime(new Date(), timeZone));
    // Offline, a refresh would try the network and fall back to a full page load.
    if (!logged.queued) router.refresh();
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
          onChange={(e) => {
            setTimeEdited(true);
            setTakenAt(e.target.value);
          }}
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
