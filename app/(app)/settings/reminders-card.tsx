'use client';

import clsx from 'clsx';
import { useState, type FormEvent } from 'react';
import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { DEFAULT_REMINDER_TIMES, reminderRequestSchema, type ReminderKind } from '@/lib/validation/reminders';

const ROWS: { kind: ReminderKind; label: string; what: string }[] = [
  { kind: 'evening', label: 'Bedtime routine reminder', what: 'Every evening: time for your bedtime stretches.' },
  { kind: 'morning', label: '“Log last night” reminder', what: 'Every morning: log last night while you remember.' },
];

/** One reminder: a time, and a calendar file made for it (a plain GET form, so it downloads without script too). */
function ReminderForm({ kind, label, what }: (typeof ROWS)[number]) {
  const [error, setError] = useState<string>();
  const id = `${kind}-time`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const time = String(new FormData(event.currentTarget).get('time') ?? '');
    const parsed = reminderRequestSchema.safeParse({ kind, time });
    if (parsed.success) return setError(undefined);
    event.preventDefault();
    setError(parsed.error.issues[0]?.message);
  }

  return (
    <form method="get" action="/api/reminders" onSubmit={onSubmit} noValidate aria-label={label} className="space-y-3">
      <input type="hidden" name="kind" value={kind} />
      <Field label={label} name={id} error={error} hint={what}>
        <input
          id={id}
          name="time"
          type="time"
          required
          defaultValue={DEFAULT_REMINDER_TIMES[kind]}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, what)}
          className={clsx(inputClass, 'sm:max-w-48')}
        />
      </Field>
      <Button type="submit" variant="secondary">
        Add to my calendar (.ics)
      </Button>
    </form>
  );
}

export function RemindersCard({ timeZone }: { timeZone: string }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Reminders</h2>
      <p className="mt-2 text-night-700 dark:text-night-200">
        Stillnight sends no notifications of its own. Add a daily reminder to your phone’s calendar instead: it repeats
        every day at the time you choose, in your time zone ({timeZone}), and works with no network.
      </p>
      <div className="mt-5 grid gap-6 sm:grid-cols-2">
        {ROWS.map((row) => (
          <ReminderForm key={row.kind} {...row} />
        ))}
      </div>
    </Card>
  );
}
