import clsx from 'clsx';
import type { HeadlineRow } from '@/lib/trends';

export function Headline({ rows, comparedWith }: { rows: HeadlineRow[]; comparedWith: string | null }) {
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((r) => (
          <div key={r.id} data-figure={r.id} className="rounded-xl bg-night-50 p-4 dark:bg-night-800">
            <dt className="text-sm font-medium text-night-700 dark:text-night-200">{r.label}</dt>
            <dd className="mt-1">
              <span className="text-2xl font-bold tabular-nums">{r.value}</span>
              <span className="block text-sm text-night-600 dark:text-night-300">{r.detail}</span>
              {r.change && (
                <span
                  className={clsx(
                    'mt-1 block text-sm font-medium',
                    r.change.direction === 'same' ? 'text-night-700 dark:text-night-200' : 'text-night-900 dark:text-night-50',
                  )}
                >
                  <span aria-hidden="true">{r.change.arrow} </span>
                  {r.change.words}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-night-600 dark:text-night-300">
        {comparedWith ?? 'No earlier period to compare with.'}
      </p>
    </div>
  );
}
