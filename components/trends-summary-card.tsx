import Link from 'next/link';
import { listNightRecords } from '@/db/queries/night-records';
import { addDays, lastNightOf } from '@/lib/nights';
import { describeChange, formatNumber, headlineFigures } from '@/lib/trends';
import { Card } from './ui/card';

const NIGHTS = 28;

/** The last 4 weeks against the 4 before, for Today: a server component with its own small query. */
export async function TrendsSummaryCard({ userId, timeZone }: { userId: string; timeZone: string }) {
  const to = lastNightOf(new Date(), timeZone);
  const nights = await listNightRecords({ userId, timeZone, from: addDays(to, 1 - 2 * NIGHTS), to, include: { stretching: false } });
  const previous = headlineFigures(nights.slice(0, NIGHTS));
  const current = headlineFigures(nights.slice(NIGHTS));
  const compare = previous.knownNights > 0;
  const rows = [
    {
      label: 'Nights with episodes per week',
      value: current.episodeNightsPerWeek,
      change: compare ? describeChange(current.episodeNightsPerWeek, previous.episodeNightsPerWeek, 1) : null,
    },
    {
      label: 'Mean worst severity (0–10)',
      value: current.meanSeverity,
      change: compare ? describeChange(current.meanSeverity, previous.meanSeverity, 1) : null,
    },
  ];

  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">The last 4 weeks</h2>
      {current.knownNights === 0 ? (
        <p className="text-night-600 dark:text-night-300">Log a few nights and this shows how they change from week to week.</p>
      ) : (
        <>
          <dl className="grid gap-3 sm:grid-cols-2">
            {rows.map((r) => (
              <div key={r.label} className="rounded-xl bg-night-50 p-3 dark:bg-night-800">
                <dt className="text-sm font-medium text-night-700 dark:text-night-200">{r.label}</dt>
                <dd>
                  <span className="text-2xl font-bold tabular-nums">{r.value === null ? '—' : formatNumber(r.value, 1)}</span>
                  {r.change && (
                    <span className="block text-sm font-medium">
                      <span aria-hidden="true">{r.change.arrow} </span>
                      {r.change.words} in the 4 weeks before
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-night-600 dark:text-night-300">
            {current.knownNights} of {NIGHTS} nights logged{compare ? '' : '; nothing logged in the 4 weeks before to compare with'}.
          </p>
        </>
      )}
      <Link href="/insights?period=4w" className="inline-flex min-h-12 items-center font-medium text-calm-700 underline dark:text-calm-400">
        See all trends in Insights
      </Link>
    </Card>
  );
}
