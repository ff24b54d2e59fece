'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { RoutineItem, StretchItem } from '@/db/queries/stretches';
import { HOLD_MAX_SECONDS, REPETITIONS_MAX, ROUTINE_STEPS_MAX } from '@/lib/validation/stretches';
import { saveRoutineAction } from '../actions';

type StepDraft = { key: string; stretchId: string; holdSeconds: string; repetitions: string; bothSides: boolean };
type Direction = 'up' | 'down';

const draftOf = (s: { stretchId: string; holdSeconds: number; repetitions: number; bothSides: boolean }): StepDraft => ({
  key: crypto.randomUUID(),
  stretchId: s.stretchId,
  holdSeconds: String(s.holdSeconds),
  repetitions: String(s.repetitions),
  bothSides: s.bothSides,
});

export function RoutineEditor({ routine, stretches }: { routine?: RoutineItem; stretches: StretchItem[] }) {
  const router = useRouter();
  const { pending, errors, message, submit, setErrors } = useAction(saveRoutineAction);
  const [id] = useState(() => routine?.id ?? crypto.randomUUID());
  const [name, setName] = useState(routine?.name ?? '');
  const [steps, setSteps] = useState<StepDraft[]>(() => routine?.steps.map(draftOf) ?? []);
  const offered = stretches.filter((s) => !s.archived);
  const [toAdd, setToAdd] = useState(offered[0]?.id ?? '');
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusRequest, setFocusRequest] = useState<{ key: string; direction: Direction }>();
  const nameOf = (stretchId: string) => stretches.find((s) => s.id === stretchId)?.name ?? 'Stretch';

  // After a move, keep focus on the moved step's button (or its twin when that one is now disabled).
  useEffect(() => {
    if (!focusRequest) return;
    const { key, direction } = focusRequest;
    const other: Direction = direction === 'up' ? 'down' : 'up';
    const button = buttons.current.get(`${key}:${direction}`);
    (button && !button.disabled ? button : buttons.current.get(`${key}:${other}`))?.focus();
  }, [focusRequest, steps]);

  function update(key: string, change: Partial<StepDraft>) {
    setSteps((list) => list.map((s) => (s.key === key ? { ...s, ...change } : s)));
  }

  function move(index: number, direction: Direction) {
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= steps.length) return;
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(target, 0, step!);
    setSteps(next);
    setErrors({}); // messages are keyed by position
    setFocusRequest({ key: step!.key, direction });
    setAnnouncement(`${nameOf(step!.stretchId)} moved to step ${target + 1} of ${next.length}.`);
  }

  function remove(index: number) {
    const step = steps[index]!;
    setSteps(steps.filter((_, i) => i !== index));
    setErrors({});
    setAnnouncement(`${nameOf(step.stretchId)} removed.`);
  }

  function add() {
    const stretch = stretches.find((s) => s.id === toAdd);
    if (!stretch) return;
    setSteps([
      ...steps,
      draftOf({ stretchId: stretch.id, holdSeconds: stretch.defaultHoldSeconds, repetitions: 1, bothSides: stretch.perSide }),
    ]);
    setAnnouncement(`${stretch.name} added as step ${steps.length + 1}.`);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit({
      id,
      name,
      steps: steps.map(({ key: _key, ...s }) => s),
    });
    if (saved) {
      router.push('/log/stretches');
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage message={message?.text} tone={message?.tone} />
      <TextInput
        label="Routine name"
        name="name"
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
        placeholder="e.g. Bedtime"
      />

      <div className="space-y-3">
        <h2 className="text-lg font-semibold">Stretches in order</h2>
        {steps.length === 0 && (
          <p className="text-night-600 dark:text-night-300">No stretches yet: add the first one below.</p>
        )}
        {errors.steps && (
          <p id="steps-error" className="text-sm font-medium text-red-700 dark:text-red-300">
            {errors.steps}
          </p>
        )}
        <ol className="space-y-3">
          {steps.map((step, index) => {
            const prefix = `step-${step.key}`;
            const err = (field: string) => errors[`steps.${index}.${field}`];
            const choices = stretches.filter((s) => !s.archived || s.id === step.stretchId);
            return (
              <li key={step.key}>
                <fieldset className="space-y-4 rounded-xl p-4 ring-1 ring-night-200 dark:ring-night-700">
                  <legend className="px-1 font-semibold">
                    Step {index + 1}: {nameOf(step.stretchId)}
                  </legend>
                  <SelectInput
                    label="Stretch"
                    name={`${prefix}-stretch`}
                    value={step.stretchId}
                    onChange={(e) => update(step.key, { stretchId: e.target.value })}
                    error={err('stretchId')}
                  >
                    {choices.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </SelectInput>
                  <div className="grid gap-4 sm:grid-cols-2">
                    <TextInput
                      label="Hold (seconds)"
                      name={`${prefix}-hold`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={HOLD_MAX_SECONDS}
                      value={step.holdSeconds}
                      onChange={(e) => update(step.key, { holdSeconds: e.target.value })}
                      error={err('holdSeconds')}
                    />
                    <TextInput
                      label="Repetitions"
                      name={`${prefix}-reps`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={REPETITIONS_MAX}
                      value={step.repetitions}
                      onChange={(e) => update(step.key, { repetitions: e.target.value })}
                      error={err('repetitions')}
                    />
                  </div>
                  <label className="flex min-h-12 cursor-pointer items-center gap-3">
                    <input
                      type="checkbox"
                      checked={step.bothSides}
                      onChange={(e) => update(step.key, { bothSides: e.target.checked })}
                      className="size-6 accent-calm-600"
                    />
                    <span>Both sides (left, then right)</span>
                  </label>
                  <div className="flex flex-wrap gap-2">
                    {(['up', 'down'] as const).map((direction) => (
                      <button
                        key={direction}
                        type="button"
                        className={buttonClass('secondary')}
                        ref={(el) => {
                          if (el) buttons.current.set(`${step.key}:${direction}`, el);
                          else buttons.current.delete(`${step.key}:${direction}`);
                        }}
                        disabled={direction === 'up' ? index === 0 : index === steps.length - 1}
                        onClick={() => move(index, direction)}
                      >
                        {direction === 'up' ? 'Move up' : 'Move down'}
                      </button>
                    ))}
                    <Button variant="ghost" onClick={() => remove(index)}>
                      Remove
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>

      {steps.length < ROUTINE_STEPS_MAX && offered.length > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-56 flex-1">
            <SelectInput label="Stretch to add" name="stretch-to-add" value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
              {offered.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectInput>
          </div>
          <Button variant="secondary" onClick={add}>
            Add stretch
          </Button>
        </div>
      )}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save routine'}
        </Button>
        <Button variant="ghost" onClick={() => router.push('/log/stretches')}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
