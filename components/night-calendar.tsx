import clsx from 'clsx';
import Link from 'next/link';
import { describeNight } from '@/components/night-summary-text';
import { formatNight, type CalendarMonth, type NightRecord } from '@/lib/nights';

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function severityClass(severity: number | null) {
  if (severity === null) return 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50';
  if (severity <= 3) return 'bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50';
  if (severity <= 6) return 'bg-orange-200 text-orange-950 dark:bg-orange-800 dark:text-orange-50';
  return 'bg-red-200 text-red-950 dark:bg-red-800 dark:text-red-50';
}

function Marker({ night }: { night: NightRecord }) {
  if (night.status === 'symptom_free') return <span aria-hidden>✓</span>;
  if (night.status === 'episodes') return <span aria-hidden>{night.worstSeverity ?? '•'}</span>;
  return <span aria-hidden>?</span>;
}

/** A night of an experiment's schedule: its condition (null: paused) and whether it is a washout night. */
export type ExperimentMark = { arm: 'A' | 'B' | null; washout: boolean; label: string };

function ExperimentBadge({ mark }: { mark: ExperimentMark | undefined }) {
  if (!mark || mark.arm === null) return null;
  return (
    <span aria-hidden className="text-[0.65rem] leading-none font-bold">
      {mark.arm}
      {mark.washout ? 'w' : ''}
    </span>
  );
}

const markWords = (mark: ExperimentMark | undefined) =>
  mark ? (mark.arm === null ? '; experiment paused' : `; experiment: ${mark.label}${mark.washout ? ', washout night' : ''}`) : '';

/**
 * A month of nights: ✓ symptom-free, the worst severity on nights with episodes, ? unknown; nights
 * of an experiment carry A or B (w: washout), also on nights still to come.
 */
export function NightCalendar({
  grid,
  nights,
  tonight,
  experiment,
}: {
  grid: CalendarMonth;
  nights: Map<string, NightRecord>;
  tonight: string;
  experiment?: ReadonlyMap<string, ExperimentMark>;
}) {
  return (
    <table className="w-full table-fixed border-separate border-spacing-1">
      <thead>
        <tr>
          {grid.weekdays.map((d) => (
            <th key={d} scope="col" className="text-xs font-medium text-night-500 dark:text-night-300">
              {WEEKDAY_NAMES[d]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.weeks.map((week, w) => (
          <tr key={w}>
            {week.map((date, d) => {
              const night = date ? nights.get(date) : undefined;
              const mark = date ? experiment?.get(date) : undefined;
              if (!date || date > tonight || !night) {
                return (
                  <td key={d} className="h-14 rounded-lg text-center text-sm text-night-500 dark:text-night-300" data-night={date ?? undefined}>
                    {date ? Number(date.slice(8)) : ''}
                    {mark && mark.arm && (
                      <span className="block text-night-600 dark:text-night-300">
                        <ExperimentBadge mark={mark} />
                        <span className="sr-only">{markWords(mark)}</span>
                      </span>
                    )}
                  </td>
                );
              }
              const label = `${formatNight(date, { weekday: undefined, month: 'long' })}: ${describeNight(night)}${markWords(mark)}`;
              return (
                <td key={d} className="h-14 p-0">
                  <Link
                    href={`/history/${date}`}
                    title={label}
                    data-status={night.status}
                    data-night={date}
                    className={clsx(
                      'flex h-14 flex-col items-center justify-center rounded-lg text-sm font-semibold ring-1 ring-inset',
                      night.status === 'symptom_free' && 'bg-calm-400/25 text-calm-700 ring-calm-500/40 dark:text-calm-400',
                      night.status === 'episodes' && [severityClass(night.worstSeverity), 'ring-transparent'],
                      night.status === 'unknown' &&
                        'border border-dashed border-night-300 bg-transparent text-night-500 ring-transparent dark:border-night-600 dark:text-night-300',
                    )}
                  >
                    {/* The name is the whole sentence; the day, marker and badge are what the eye reads. */}
                    <span aria-hidden="true" className="contents">
                      <span className="text-[0.7rem] font-normal opacity-80">{Number(date.slice(8))}</span>
                      <Marker night={night} />
                      <ExperimentBadge mark={mark} />
                    </span>
                    <span className="sr-only">{label}</span>
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
