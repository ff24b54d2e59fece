'use client';

import clsx from 'clsx';
import { useId } from 'react';
import { severityAnchor } from '@/lib/episodes/vocabulary';

const SEVERITIES = Array.from({ length: 11 }, (_, i) => i);

/** The 0–10 scale as eleven big buttons: one tap picks (and, where used so, saves) a severity. */
export function SeverityScale({
  value,
  onPick,
  label = 'How bad was it?',
  error,
  disabled,
  autoFocus,
}: {
  value?: number | null;
  onPick: (severity: number) => void;
  label?: string;
  error?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : `${id}-anchors`}>
      <legend className="mb-2 text-base font-semibold">{label}</legend>
      <div className="grid grid-cols-4 gap-2 min-[400px]:grid-cols-6 sm:grid-cols-11">
        {SEVERITIES.map((s) => (
          <button
            key={s}
            type="button"
            disabled={disabled}
            aria-pressed={value === s}
            aria-label={`${s}: ${severityAnchor(s).toLowerCase()}`}
            onClick={() => onPick(s)}
            autoFocus={autoFocus && s === 0}
            className={clsx(
              'min-h-14 rounded-xl text-xl font-bold ring-1 transition-colors disabled:opacity-60',
              value === s
                ? 'bg-calm-700 text-white ring-4 ring-calm-500/50 dark:bg-calm-400 dark:text-night-950'
                : 'bg-white ring-night-200 hover:bg-night-100 dark:bg-night-800 dark:ring-night-700 dark:hover:bg-night-700',
            )}
          >
            {s}
          </button>
        ))}
      </div>
      <p id={`${id}-anchors`} className="text-sm text-night-600 dark:text-night-300">
        0 none · 1–3 mild · 4–6 moderate · 7–9 severe · 10 worst imaginable
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </fieldset>
  );
}
