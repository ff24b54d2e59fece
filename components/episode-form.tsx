'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { saveEpisodeForm, removeEpisode } from '@/app/(app)/log/episodes/actions';
import { EpisodeDetailsFields, type EpisodeDetailsValue } from '@/components/episode-details-fields';
import { SeverityScale } from '@/components/severity-scale';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, FormMessage, TextInput, inputClass } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export type EpisodeFormInitial = EpisodeDetailsValue & {
  id: string;
  startedAt: string;
  endedAt: string | null;
  severity: number | null;
  notes: string;
};

/** Create or edit a whole episode; times are wall-clock in the user's time zone. */
export function EpisodeForm({
  initial,
  defaultStart,
  defaultEnd,
  onSaved,
}: {
  initial?: EpisodeFormInitial;
  defaultStart?: string;
  defaultEnd?: string;
  onSaved?: (nightOf: string) => void;
}) {
  const router = useRouter();
  const [id] = useState(() => initial?.id ?? crypto.randomUUID());
  const [severity, setSeverity] = useState<number | null>(initial?.severity ?? null);
  const [endMode, setEndMode] = useState<'time' | 'duration'>('time');
  const [details, setDetails] = useState<EpisodeDetailsValue>({
    bodyAreas: initial?.bodyAreas ?? [],
    sensations: initial?.sensations ?? [],
    reliefs: initial?.reliefs ?? [],
  });
  const save = useAction(saveEpisodeForm);
  const remove = useAction(removeEpisode);
  const { errors } = save;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const duration = String(form.get('durationMinutes') ?? '').trim();
    const saved = await save.submit({
      id,
      startedAt: String(form.get('startedAt') ?? ''),
      endedAt: endMode === 'time' ? String(form.get('endedAt') ?? '') || undefined : undefined,
      durationMinutes: endMode === 'duration' && duration ? Number(duration) : undefined,
      severity,
      notes: String(form.get('notes') ?? ''),
      ...details,
    });
    if (!saved) return;
    if (onSaved) onSaved(saved.nightOf);
    else router.push(`/history/${saved.nightOf}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage message={remove.message?.text ?? save.message?.text} tone={remove.message?.tone ?? save.message?.tone} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          label="Started"
          name="startedAt"
          type="datetime-local"
          defaultValue={initial?.startedAt ?? defaultStart}
          error={errors.startedAt}
          required
        />
        {endMode === 'time' ? (
          <TextInput
            label="Ended"
            name="endedAt"
            type="datetime-local"
            defaultValue={initial?.endedAt ?? defaultEnd}
            error={errors.endedAt}
          />
        ) : (
          <TextInput
            label="Lasted (minutes)"
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            error={errors.durationMinutes ?? errors.endedAt}
          />
        )}
      </div>
      <button
        type="button"
        className="min-h-11 text-sm font-medium text-calm-700 underline dark:text-calm-400"
        onClick={() => setEndMode(endMode === 'time' ? 'duration' : 'time')}
      >
        {endMode === 'time' ? 'Enter how long it lasted instead' : 'Enter the end time instead'}
      </button>
      <SeverityScale value={severity} onPick={setSeverity} label="Worst severity" error={errors.severity} />
      <EpisodeDetailsFields value={details} onChange={setDetails} errors={errors} />
      <Field label="Notes" name="notes" error={errors.notes}>
        <textarea
          id="notes"
          name="notes"
          rows={3}
          maxLength={2000}
          defaultValue={initial?.notes}
          aria-invalid={errors.notes ? true : undefined}
          className={`${inputClass} py-3`}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.pending}>
          {save.pending ? 'Saving…' : initial ? 'Save changes' : 'Save episode'}
        </Button>
        {initial && (
          <ConfirmButton
            label="Delete episode"
            question="Delete this episode?"
            confirmLabel="Yes, delete"
            onConfirm={async () => {
              const deleted = await remove.submit({ id });
              if (deleted) {
                router.push(`/history/${deleted.nightOf}`);
                router.refresh();
              }
            }}
          />
        )}
      </div>
    </form>
  );
}
