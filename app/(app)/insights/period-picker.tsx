import clsx from 'clsx';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { TextInput } from '@/components/ui/field';
import type { PeriodKey } from '@/lib/trends';

const PRESETS: { key: Exclude<PeriodKey, 'custom'>; label: string }[] = [
  { key: '4w', label: '4 weeks' },
  { key: '3m', label: '3 months' },
  { key: '12m', label: '12 months' },
  { key: 'all', label: 'All' },
];

/** Plain links and a GET form: the period lives in the URL and works without JavaScript. */
export function PeriodPicker({
  active,
  factor,
  custom,
  lastNight,
}: {
  active: PeriodKey;
  factor: string | null;
  custom: { from: string; to: string; errors: { from?: string; to?: string } };
  lastNight: string;
}) {
  const hasErrors = Boolean(custom.errors.from || custom.errors.to);
  const href = (key: string) => `/insights?${new URLSearchParams({ period: key, ...(factor ? { factor } : {}) })}`;
  return (
    <div className="space-y-3">
      <nav aria-label="Period">
        <ul className="flex flex-wrap gap-2">
          {PRESETS.map((p) => (
            <li key={p.key}>
              <Link
                href={href(p.key)}
                aria-current={active === p.key ? 'page' : undefined}
                className={clsx(
                  'flex min-h-12 items-center rounded-xl px-4 font-semibold ring-1',
                  active === p.key
                    ? 'bg-calm-700 text-white ring-calm-700 dark:bg-calm-400 dark:text-night-950 dark:ring-calm-400'
                    : 'bg-white text-night-900 ring-night-200 hover:bg-night-100 dark:bg-night-900 dark:text-night-100 dark:ring-night-700 dark:hover:bg-night-800',
                )}
              >
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <details open={active === 'custom' || hasErrors} className="rounded-xl ring-1 ring-night-200 dark:ring-night-700">
        <summary className="flex min-h-12 cursor-pointer items-center px-4 font-semibold">
          Custom dates{active === 'custom' ? ' (showing)' : ''}
        </summary>
        <form method="get" action="/insights" className="grid gap-3 px-4 pb-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
          <input type="hidden" name="period" value="custom" />
          {factor && <input type="hidden" name="factor" value={factor} />}
          <TextInput label="First night" name="from" type="date" max={lastNight} defaultValue={custom.from} error={custom.errors.from} required />
          <TextInput label="Last night" name="to" type="date" max={lastNight} defaultValue={custom.to} error={custom.errors.to} required />
          <button type="submit" className={buttonClass('primary', 'sm:mt-7')}>
            Show these nights
          </button>
        </form>
      </details>
    </div>
  );
}
