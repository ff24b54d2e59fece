'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { StretchContextChoice } from '@/components/stretch-context-choice';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { RoutineItem, StretchItem } from '@/db/queries/stretches';
import { instantToWallTime } from '@/lib/nights/wall-time';
import {
  HOLD_MAX_SECONDS,
  REPETITIONS_MAX,
  SIDE_LABELS,
  STRETCH_SIDES,
  type StretchContext,
  type StretchSides,
} from '@/lib/validation/stretches';
import { logStretchSessionAction } from './actions';

/** "I stretched" with every detail: what, when, sides, hold, repetitions or minutes. */
export function StretchLogForm({
  stretches,
  routines,
  now,
  timeZone,
  defaultContext,
}: {
  stretches: StretchItem[];
  routines: RoutineItem[];
  /** The user's wall-clock time now, 'YYYY-MM-DDTHH:MM'. */
  now: string;
  timeZone: string;
  defaultContext: StretchContext;
}) {
  const router = useRouter();
  const { pending, errors, message, submit } = useAction(logStretchSessionAction);
  const first = stretches[0];
  const [id, setId] = useState(() => crypto.randomUUID());
  const [what, setWhat] = useState(first ? `stretch:${first.id}` : routines[0] ? `routine:${routines[0].id}` : '');
  const [context, setContext] = useState<StretchContext>(defaultContext);
  const [sides, setSides] = useState<StretchSides>(first && !first.perSide ? 'none' : 'both');
  const [hold, setHold] = useState(first ? String(first.defaultHoldSeconds) : '');
  const [repetitions, setRepetitions] = useState('1');
  const [minutes, setMinutes] = useState('');
  const [time, setTime] = useState(now);
  const [kind, choiceId] = what.split(':') as ['stretch' | 'routine' | '', string | undefined];

  function choose(value: string) {
    setWhat(value);
    const [k, chosen] = value.split(':');
    const stretch = k === 'stretch' ? stretches.find((s) => s.id === chosen) : undefined;
    if (stretch) {
      setHold(String(stretch.defaultHoldSeconds));
      setSides(stretch.perSide ? 'both' : 'none');
    } else {
      setSides('both');
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await submit(
      {
        id,
        stretchId: kind === 'stretch' ? choiceId : null,
        routineId: kind === 'routine' ? choiceId : null,
        context,
        sides,
        holdSeconds: kind === 'stretch' ? hold : '',
        repetitions: kind === 'stretch' ? repetitions : '',
        totalMinutes: minutes === '' ? '' : Number(minutes),
        performedAt: time,
      },
      'Session logged.',
    );
    if (saved) {
      setId(crypto.randomUUID());
      setTime(instantToWallTime(new Date(), timeZone));
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message?.text} tone={message?.tone} />
      <SelectInput
        label="What did you do?"
        name="what"
        value={what}
        onChange={(e) => choose(e.target.value)}
        error={errors.stretchId ?? errors.routineId}
      >
        {stretches.length > 0 && (
          <optgroup label="Stretches">
            {stretches.map((s) => (
              <option key={s.id} value={`stretch:${s.id}`}>
                {s.name}
              </option>
            ))}
          </optgroup>
        )}
        {routines.length > 0 && (
          <optgroup label="Routines">
            {routines.map((r) => (
              <option key={r.id} value={`routine:${r.id}`}>
                {r.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectInput>
      <StretchContextChoice name="context" value={context} onChange={setContext} error={errors.context} />
      <SelectInput
        label="Sides"
        name="sides"
        value={sides}
        onChange={(e) => setSides(e.target.value as StretchSides)}
        error={errors.sides}
      >
        {STRETCH_SIDES.map((s) => (
          <option key={s} value={s}>
            {SIDE_LABELS[s]}
          </option>
        ))}
      </SelectInput>
      {kind === 'stretch' && (
        <div className="grid gap-5 sm:grid-cols-2">
          <TextInput
            label="Hold (seconds)"
            name="holdSeconds"
            type="number"
            inputMode="numeric"
            min={1}
            max={HOLD_MAX_SECONDS}
            value={hold}
            onChange={(e) => setHold(e.target.value)}
            error={errors.holdSeconds}
            hint="1 second to 30 minutes (1800 s)"
          />
          <TextInput
            label="Repetitions"
            name="repetitions"
            type="number"
            inputMode="numeric"
            min={1}
            max={REPETITIONS_MAX}
            value={repetitions}
            onChange={(e) => setRepetitions(e.target.value)}
            error={errors.repetitions}
          />
        </div>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextInput
          label="Total minutes (optional)"
          name="totalMinutes"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errors.totalMinutes}
        />
        <TextInput
          label="Time"
          name="performedAt"
          type="datetime-local"
          value={time}
          onChange={(e) => setTime(e.target.value)}
          error={errors.performedAt}
        />
      </div>
      <Button type="submit" disabled={pending || !what}>
        {pending ? 'Saving…' : 'Log session'}
      </Button>
    </form>
  );
}
