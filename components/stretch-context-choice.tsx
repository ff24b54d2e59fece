'use client';

import clsx from 'clsx';
import { CONTEXT_LABELS, STRETCH_CONTEXTS, type StretchContext } from '@/lib/stretches/vocabulary';

/** When the stretching happened, as three big radio buttons. */
export function StretchContextChoice({
  name,
  value,
  onChange,
  legend = 'When',
  error,
}: {
  name: string;
  value: StretchContext;
  onChange: (next: StretchContext) => void;
  legend?: string;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-3">
        {STRETCH_CONTEXTS.map((option) => (
          <label
            key={option}
            className={clsx(
              'flex min-h-12 cursor-pointer items-center justify-center rounded-xl px-4 text-center text-base font-medium ring-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-calm-500',
              value === option
                ? 'bg-calm-700 text-white ring-calm-700 dark:bg-calm-400 dark:text-night-950 dark:ring-calm-400'
                : 'bg-white ring-night-200 dark:bg-night-800 dark:ring-night-700',
            )}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {CONTEXT_LABELS[option]}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
