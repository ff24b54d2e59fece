'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { formatNight } from '@/lib/nights';
import { removeMedication, stopMedicationOn } from './actions';
import { MedicationForm, type MedicationView } from './medication-form';

const date = (d: string) => formatNight(d, { year: 'numeric' });

function period(m: MedicationView, today: string) {
  if (!m.stoppedOn) return `Since ${date(m.startedOn)}`;
  return `${date(m.startedOn)} – ${date(m.stoppedOn)}${m.stoppedOn >= today ? ' (stops then)' : ''}`;
}

export function MedicationList({ medications, today }: { medications: MedicationView[]; today: string }) {
  if (medications.length === 0) {
    return <p className="text-night-600 dark:text-night-300">No medications yet. Add the ones you take, with their start dates.</p>;
  }
  return (
    <ul className="divide-y divide-night-100 dark:divide-night-800" aria-label="Your medications">
      {medications.map((m) => (
        <MedicationItem key={m.id} medication={m} today={today} />
      ))}
    </ul>
  );
}

function MedicationItem({ medication: m, today }: { medication: MedicationView; today: string }) {
  const router = useRouter();
  const [mode, setMode] = useState<'view' | 'edit' | 'stop'>('view');
  const stop = useAction(stopMedicationOn);
  const remove = useAction(removeMedication);
  const stopped = m.stoppedOn !== null && m.stoppedOn < today;

  async function onStop(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const stoppedOn = String(new FormData(event.currentTarget).get(`stop-${m.id}`) ?? '');
    if (await stop.submit({ id: m.id, stoppedOn })) {
      setMode('view');
      router.refresh();
    }
  }

  return (
    <li aria-label={m.name} className="space-y-3 py-4 first:pt-0 last:pb-0">
      <div>
        <h3 className="text-base font-semibold">
          {m.name}
          {m.asNeeded && (
            <span className="ml-2 rounded-full bg-night-100 px-2 py-0.5 text-xs font-medium dark:bg-night-800">as needed</span>
          )}
          {stopped && (
            <span className="ml-2 rounded-full bg-night-100 px-2 py-0.5 text-xs font-medium dark:bg-night-800">stopped</span>
          )}
        </h3>
        <p className="text-sm text-night-600 dark:text-night-300">
          {[m.dose, m.schedule].filter(Boolean).join(' · ')}
          {(m.dose || m.schedule) && <br />}
          {period(m, today)} · {m.doseCount === 1 ? '1 dose logged' : `${m.doseCount} doses logged`}
        </p>
      </div>
      <FormMessage message={remove.message?.text} tone={remove.message?.tone} />
      {mode === 'edit' && <MedicationForm initial={m} today={today} onDone={() => setMode('view')} />}
      {mode === 'stop' && (
        <form onSubmit={onStop} noValidate className="space-y-3" aria-label={`Stop ${m.name}`}>
          <FormMessage message={stop.message?.text} tone={stop.message?.tone} />
          <TextInput label="Stop date" name={`stop-${m.id}`} type="date" defaultValue={today} error={stop.errors.stoppedOn} />
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={stop.pending}>
              Stop medication
            </Button>
            <Button variant="ghost" onClick={() => setMode('view')}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {mode === 'view' && (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => setMode('edit')}>
            Edit
          </Button>
          {!m.stoppedOn && (
            <Button variant="secondary" onClick={() => setMode('stop')}>
              Stop
            </Button>
          )}
          <ConfirmButton
            label="Delete"
            question={
              m.doseCount > 0
                ? `Delete ${m.name} and its ${m.doseCount === 1 ? 'logged dose' : `${m.doseCount} logged doses`}?`
                : `Delete ${m.name}?`
            }
            confirmLabel="Yes, delete"
            onConfirm={async () => {
              if (await remove.submit({ id: m.id })) router.refresh();
            }}
          />
        </div>
      )}
    </li>
  );
}
