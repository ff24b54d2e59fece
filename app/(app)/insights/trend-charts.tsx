'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useId, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { TrendChartData } from '@/lib/trends';
import { weeksOfSeries } from '@/lib/trends/week-series';
import { formatClock } from '@/lib/trends/format';
import { fixed, nightLabel, nightRows, statusText, weekRows, type NightRow, type WeekRow } from './chart-rows';

// recharts stays out of every other page's bundle: it loads only here, in the browser.
const loading = () => (
  <div className="flex h-[260px] items-center justify-center text-sm text-night-600 dark:text-night-300">Loading chart…</div>
);
const SeverityChart = dynamic(() => import('./charts').then((m) => m.SeverityChart), { ssr: false, loading });
const FrequencyChart = dynamic(() => import('./charts').then((m) => m.FrequencyChart), { ssr: false, loading });
const OnsetChart = dynamic(() => import('./charts').then((m) => m.OnsetChart), { ssr: false, loading });
const SleepChart = dynamic(() => import('./charts').then((m) => m.SleepChart), { ssr: false, loading });
const StretchingChart = dynamic(() => import('./charts').then((m) => m.StretchingChart), { ssr: false, loading });

export type ChartSummaries = { severity: string; frequency: string; onset: string; sleep: string; stretching: string; factor: string | null };

function ChartCard({
  id,
  title,
  summary,
  extra,
  chart,
  table,
}: {
  id: string;
  title: string;
  summary: string;
  extra?: ReactNode;
  chart: ReactNode;
  table: () => ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const regionId = useId();
  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          aria-controls={regionId}
          aria-label={`${asTable ? 'Show as chart' : 'Show as table'}: ${title}`}
          onClick={() => setAsTable((v) => !v)}
          className="min-h-12 rounded-xl px-4 text-sm font-semibold text-calm-700 ring-1 ring-night-200 hover:bg-night-100 dark:text-calm-400 dark:ring-night-700 dark:hover:bg-night-800"
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </button>
      </div>
      <p className="text-night-700 dark:text-night-200">{summary}</p>
      {extra}
      <div id={regionId}>{asTable ? table() : chart}</div>
    </Card>
  );
}

function DataTable({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div tabIndex={0} role="region" aria-label={caption} className="max-h-96 overflow-auto rounded-lg ring-1 ring-night-100 dark:ring-night-800">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-night-50 dark:bg-night-800">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-night-100 dark:divide-night-800">{children}</tbody>
      </table>
    </div>
  );
}

const td = 'px-3 py-1.5 tabular-nums';

function NightLink({ night }: { night: string }) {
  return (
    <Link href={`/history/${night}`} className="font-medium text-calm-700 underline dark:text-calm-400">
      {nightLabel(night)}
    </Link>
  );
}

function WeekTotals({ rows, cells }: { rows: WeekRow[]; cells: (rows: WeekRow[]) => ReactNode[] }) {
  return (
    <tr className="font-semibold">
      <th scope="row" className="px-3 py-1.5">
        All weeks
      </th>
      {cells(rows).map((c, i) => (
        <td key={i} className={td}>
          {c}
        </td>
      ))}
    </tr>
  );
}

const noSubscription = () => () => {};

/** False on the server and while hydrating, then true. */
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function TrendCharts({
  data,
  summaries,
  overlay,
  factorPicker,
}: {
  data: TrendChartData;
  summaries: ChartSummaries;
  overlay: { name: string; label: string } | null;
  factorPicker: ReactNode;
}) {
  // Rows feed only the charts (drawn in the browser) and the tables (shown on request), so the
  // server, which renders chart placeholders, skips building them.
  const inBrowser = useInBrowser();
  const nights = useMemo(() => (inBrowser ? nightRows(data.nights) : []), [inBrowser, data.nights]);
  const weeks = useMemo(() => (inBrowser ? weekRows(weeksOfSeries(data.weeks)) : []), [inBrowser, data.weeks]);
  const newestFirst = useMemo(() => [...nights].reverse(), [nights]);
  const sum = (rows: WeekRow[], pick: (w: WeekRow) => number) => rows.reduce((s, w) => s + pick(w), 0);
  const overlayProp = useMemo(() => (overlay ? { label: overlay.label } : null), [overlay]);

  return (
    <div className="space-y-5">
      <ChartCard
        id="severity-heading"
        title="Severity per night"
        summary={summaries.severity}
        extra={
          <>
            {factorPicker}
            {summaries.factor && <p className="text-sm text-night-700 dark:text-night-200">{summaries.factor}</p>}
          </>
        }
        chart={<SeverityChart rows={nights} overlay={overlayProp} />}
        table={() => (
          <DataTable
            caption="Worst severity per night, newest first"
            head={['Night', 'Worst severity', '7-night mean', '28-night mean', ...(overlay ? [overlay.name] : [])]}
          >
            {newestFirst.map((r: NightRow) => (
              <tr key={r.night} data-status={r.status}>
                <th scope="row" className="px-3 py-1.5 font-normal">
                  <NightLink night={r.night} />
                </th>
                <td className={td}>{r.status === 'e' && r.severity !== null ? r.severity : statusText(r)}</td>
                <td className={td}>{fixed(r.mean7)}</td>
                <td className={td}>{fixed(r.mean28)}</td>
                {overlay && <td className={td}>{r.factor === null ? 'not recorded' : r.factor ? 'yes' : 'no'}</td>}
              </tr>
            ))}
          </DataTable>
        )}
      />
      <ChartCard
        id="frequency-heading"
        title="Nights with episodes per week"
        summary={summaries.frequency}
        chart={<FrequencyChart rows={weeks} />}
        table={() => (
          <DataTable caption="Nights with episodes per week" head={['Week of', 'Logged nights', 'Nights with episodes', 'Share']}>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" className="px-3 py-1.5 font-normal">
                  {w.label}
                </th>
                <td className={td}>
                  {w.knownNights} of {w.nights}
                </td>
                <td className={td}>{w.episodeNights}</td>
                <td className={td}>{w.frequencyPercent === null ? '—' : `${w.frequencyPercent}%`}</td>
              </tr>
            ))}
            <WeekTotals
              rows={weeks}
              cells={(rows) => {
                const known = sum(rows, (w) => w.knownNights);
                const episodes = sum(rows, (w) => w.episodeNights);
                return [`${known} of ${sum(rows, (w) => w.nights)}`, episodes, known ? `${Math.round((episodes / known) * 100)}%` : '—'];
              }}
            />
          </DataTable>
        )}
      />
      <ChartCard
        id="onset-heading"
        title="Onset time per week"
        summary={summaries.onset}
        chart={<OnsetChart rows={weeks} />}
        table={() => (
          <DataTable caption="Median time the first episode began, per week" head={['Week of', 'Nights with an onset', 'Median onset']}>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" className="px-3 py-1.5 font-normal">
                  {w.label}
                </th>
                <td className={td}>{w.onsetNights}</td>
                <td className={td}>{w.medianOnset === null ? '—' : formatClock(w.medianOnset)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      />
      <ChartCard
        id="sleep-heading"
        title="Sleep per night"
        summary={summaries.sleep}
        chart={<SleepChart rows={nights} />}
        table={() => (
          <DataTable caption="Hours slept per night, newest first" head={['Night', 'Hours slept', '7-night mean']}>
            {newestFirst.map((r) => (
              <tr key={r.night}>
                <th scope="row" className="px-3 py-1.5 font-normal">
                  <NightLink night={r.night} />
                </th>
                <td className={td}>{fixed(r.hours, 2)}</td>
                <td className={td}>{fixed(r.hoursMean7)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      />
      <ChartCard
        id="stretching-heading"
        title="Stretching before bed per week"
        summary={summaries.stretching}
        chart={<StretchingChart rows={weeks} />}
        table={() => (
          <DataTable caption="Nights with a before-bed stretching session, per week" head={['Week of', 'Nights', 'Stretched before bed', 'Share']}>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" className="px-3 py-1.5 font-normal">
                  {w.label}
                </th>
                <td className={td}>{w.nights}</td>
                <td className={td}>{w.stretchNights}</td>
                <td className={td}>{w.stretchPercent === null ? '—' : `${w.stretchPercent}%`}</td>
              </tr>
            ))}
            <WeekTotals
              rows={weeks}
              cells={(rows) => {
                const all = sum(rows, (w) => w.nights);
                const stretched = sum(rows, (w) => w.stretchNights);
                return [all, stretched, all ? `${Math.round((stretched / all) * 100)}%` : '—'];
              }}
            />
          </DataTable>
        )}
      />
    </div>
  );
}
