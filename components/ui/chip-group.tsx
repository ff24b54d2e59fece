'use client';

import clsx from 'clsx';

/** A set of checkboxes drawn as big toggle chips. */
export function ChipGroup<T extends string>({
  legend,
  options,
  labels,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: readonly string[];
  onChange: (next: T[]) => void;
  error?: string;
}) {
  const toggle = (option: T) =>
    onChange(
      value.includes(option) ? (value.filter((v) => v !== option) as T[]) : ([...value, option] as T[]),
    );
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const checked = value.includes(option);
          return (
            <label
              key={option}
              className={clsx(
                'flex min-h-11 cursor-pointer items-center rounded-full px-4 text-sm font-medium ring-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-calm-500',
                checked
                  ? 'bg-calm-700 text-white ring-calm-700 dark:bg-calm-400 dark:text-night-950'
                  : 'bg-white ring-night-200 dark:bg-night-800 dark:ring-night-700',
              )}
            >
              <input type="checkbox" className="sr-only" checked={checked} onChange={() => toggle(option)} />
              {checked && <span aria-hidden>✓&nbsp;</span>}
              {labels[option]}
            </label>
          );
        })}
      </div>
      {error && <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">{error}</p>}
    </fieldset>
  );
}
