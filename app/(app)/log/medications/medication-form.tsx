'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { addMedication, editMedication } from './actions';

export type MedicationView = {
  id: string;
  name: string;
  dose: string;
  schedule: string;
  asNeeded: boolean;
  startedOn: string;
  stoppedOn: string | null;
  doseCount: number;
};

/** Adds a medication, or edits one when `initial` is given. */
export function MedicationForm({
  initial,
  today,
  onDone,
}: {
  initial?: MedicationView;
  today: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [newId, setNewId] = useState(() => crypto.randomUUID());
  const { pending, errors, message, submit } = useAction(initial ? editMedication : addMedication);
  const prefix = initial ? `edit-${initial.id}-` : 'new-medication-';
  const name = (field: string) => prefix + field;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const read = (field: string) => String(form.get(name(field)) ?? '');
    const saved = await submit(
      {
        id: initial?.id ?? newId,
        name: read('name'),
        dose: read('dose'),
        schedule: read('schedule'),
        asNeeded: form.get(name('asNeeded')) === 'on',
        startedOn: read('startedOn'),
        stoppedOn: read('stoppedOn'),
      },
      initial ? 'Medication saved.' : 'Medication added.',
    );
    if (!saved) return;
    if (!initial) {
      formElement.reset();
      setNewId(crypto.randomUUID());
    }
    router.refresh();
    onDone?.();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={initial ? `Edit ${initial.name}` : 'Add a medication'}>
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label="Name" name={name('name')} defaultValue={initial?.name} maxLength={100} autoComplete="off" error={errors.name} />
        <TextInput
          label="Usual dose"
          name={name('dose')}
          defaultValue={initial?.dose}
          maxLength={60}
          autoComplete="off"
          placeholder="e.g. 300 mg"
          error={errors.dose}
        />
        <TextInput
          label="Schedule"
          name={name('schedule')}
          defaultValue={initial?.schedule}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. every evening at 20:00"
          error={errors.schedule}
        />
        <div className="flex items-end">
          <label className="flex min-h-12 w-full cursor-pointer items-center gap-3 rounded-xl px-1">
            <input
              type="checkbox"
              name={name('asNeeded')}
              defaultChecked={initial?.asNeeded}
              className="size-6 accent-calm-700 dark:accent-calm-400"
            />
            <span className="font-medium">Taken as needed</span>
          </label>
        </div>
        <TextInput
          label="Started on"
          name={name('startedOn')}
          type="date"
          defaultValue={initial?.startedOn ?? today}
          error={errors.startedOn}
        />
        <TextInput
          label="Stopped on"
          name={name('stoppedOn')}
          type="date"
          defaultValue={initial?.stoppedOn ?? ''}
          hint="Leave empty while you still take it."
          error={errors.stoppedOn}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : initial ? 'Save changes' : 'Add medication'}
        </Button>
        {initial && onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
