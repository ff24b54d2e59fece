'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { addDays, isCalendarDate } from '@/lib/nights';

/** Moves a page between days through `?day=`; days after `max` cannot be picked. */
export function DayPicker({ day, max, path }: { day: string; max: string; path: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const next = addDays(day, 1);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('day') ?? '');
    if (!isCalendarDate(value)) return setError('Enter a date');
    if (value > max) return setError('Pick today or an earlier day');
    setError(undefined);
    router.push(`${path}?day=${value}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <Link href={`${path}?day=${addDays(day, -1)}`} className={buttonClass('secondary')} aria-label="Previous day">
        ‹
      </Link>
      <div className="min-w-40 flex-1 space-y-1.5 sm:flex-none">
        <label htmlFor="day-picker" className="block text-sm font-medium">
          Day
        </label>
        <input
          key={day}
          id="day-picker"
          name="day"
          type="date"
          className={inputClass}
          defaultValue={day}
          max={max}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'day-picker-error' : undefined}
        />
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
      {next <= max && (
        <Link href={`${path}?day=${next}`} className={buttonClass('secondary')} aria-label="Next day">
          ›
        </Link>
      )}
      {error && (
        <p id="day-picker-error" className="w-full text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </form>
  );
}
