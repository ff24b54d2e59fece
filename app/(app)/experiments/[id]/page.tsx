import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExperimentVerdict } from '@/components/experiment-verdict';
import { Card } from '@/components/ui/card';
import { loadExperimentView } from '@/db/queries/experiment-views';
import { requireUser } from '@/lib/auth/current-user';
import {
  armsOf,
  EXCLUSION_REASONS,
  formatDifference,
  formatProbability,
  HOW_WE_DECIDE,
  isActive,
  progressOf,
  tonightInstruction,
  tonightOfPlan,
  ALL_NIGHTS_UP_TO,
  defaultBlock,
  nightsByBlock,
  type ExclusionReason,
  type ExperimentView,
} from '@/lib/experiments';
import { formatNight, localDateOf } from '@/lib/nights';
import { uuidSchema } from '@/lib/validation/common';
import { AdherenceChoice } from './adherence-choice';
import { ExperimentChart } from './experiment-chart';
import { ExperimentControls } from './experiment-controls';

export const metadata: Metadata = { title: 'Experiment' };

const EXCLUSION_WORDS: Record<ExclusionReason, string> = {
  washout: 'washout',
  unknown: 'not logged or unknown',
  non_adherent: 'not kept to',
  not_yet: 'still to come',
};

const linkClass = 'text-sm font-medium text-calm-700 hover:underline dark:text-calm-400';
const fixed = (x: number | null, digits = 1) => (x === null ? '—' : x.toFixed(digits).replace('-', '−'));

export default async function ExperimentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ block?: string | string[] }>;
}) {
  const user = await requireUser();
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const tonight = localDateOf(new Date(), user.timeZone);
  const view = await loadExperimentView({ userId: user.id, timeZone: user.timeZone, tonight, id });
  if (!view) notFound();
  const { plan, result, verdict, labelA, labelB, title } = view;
  // An ended experiment's nights stop at its end.
  const rows = plan.endedOn ? view.schedule.filter((n) => n.nightOf <= (plan.endedOn as string)) : view.schedule;
  // Dozens of nights, each with its choice, were most of the page: past a few weeks, a block at a time.
  const blocks = nightsByBlock(rows);
  const paged = rows.length > ALL_NIGHTS_UP_TO;
  const asked = (await searchParams).block;
  const shownBlock = !paged || asked === 'all' ? null : blockIndexFrom(asked, blocks.length) ?? defaultBlock(blocks, tonight);
  const shownRows = shownBlock === null ? rows : blocks[shownBlock]!;
  const arms = armsOf(plan);
  const night = tonightOfPlan(plan, tonight);
  const progress = progressOf(view.schedule, tonight, plan.blockOrder.length, plan.blockLength);
  const lastNight = plan.endedOn ?? progress.lastNight;
  const analysed = new Map(result.nights.map((n) => [n.nightOf, n]));
  const overrides = new Map(plan.adherence.map((a) => [a.nightOf, a.adhered]));
  const label = (arm: 'A' | 'B' | null) => (arm === 'A' ? labelA : arm === 'B' ? labelB : 'Paused');
  const views: [string, ExperimentView][] = [
    ['As scheduled', result.asScheduled],
    ['Per protocol', result.perProtocol],
  ];

  const status =
    plan.status === 'paused'
      ? 'Paused'
      : plan.status === 'running'
        ? progress.nightsSoFar === 0
          ? `Starts on the night of ${formatNight(plan.startNight)}`
          : `Running: night ${progress.nightsSoFar} of ${progress.totalNights}`
        : plan.endedOn !== null && plan.endedOn < plan.startNight
          ? `${plan.status === 'abandoned' ? 'Abandoned' : 'Ended early'}, before its first night`
          : plan.status === 'abandoned'
          ? `Abandoned after the night of ${formatNight(plan.endedOn ?? plan.startNight)}`
          : `Finished on the night of ${formatNight(plan.endedOn ?? plan.startNight)}${plan.endedEarly ? ' (ended early)' : ''}`;

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <Link href="/experiments" className={linkClass}>
          ← Experiments
        </Link>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-night-600 dark:text-night-300">
          {status} · {plan.blockOrder.length} blocks of {plan.blockLength} nights in the order{' '}
          {plan.blockOrder.split('').join(' ')}, {plan.washoutNights} washout {plan.washoutNights === 1 ? 'night' : 'nights'}{' '}
          after each switch · from {formatNight(plan.startNight)}
          {lastNight && lastNight >= plan.startNight ? ` to ${formatNight(lastNight)}` : ''}
        </p>
        {night && (
          <p className="font-semibold">
            {tonightInstruction(night.arm, view.names, arms.a)}
            {night.washout ? ' (a washout night: kept to, not counted)' : ''}
          </p>
        )}
      </div>

      {isActive(plan) && (
        <Card>
          <ExperimentControls id={plan.id} status={plan.status as 'running' | 'paused'} />
        </Card>
      )}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{result.phase === 'interim' ? 'Result so far' : 'Result'}</h2>
        <ExperimentVerdict verdict={verdict} result={result} conditionA={arms.a} names={view.names} abandoned={plan.status === 'abandoned'} />
        <div tabIndex={0} role="region" aria-label="Figures" className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[28rem] text-left text-sm">
            <caption className="sr-only">Figures of the comparison, as scheduled and per protocol</caption>
            <thead>
              <tr className="border-b border-night-200 dark:border-night-700">
                <th scope="col" className="py-2 pr-3 font-medium">Figure</th>
                {views.map(([name]) => (
                  <th key={name} scope="col" className="py-2 pr-3 font-medium">{name}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-night-100 dark:divide-night-800">
              <Row name={`Mean worst severity, A (${labelA})`} values={views.map(([, v]) => `${fixed(v.a.meanSeverity)} over ${v.a.nights} nights`)} />
              <Row name={`Mean worst severity, B (${labelB})`} values={views.map(([, v]) => `${fixed(v.b.meanSeverity)} over ${v.b.nights} nights`)} />
              <Row name="Difference A − B" values={views.map(([, v]) => formatDifference(v.difference))} />
              <Row name="Chance severity is lower on A nights" values={views.map(([, v]) => formatProbability(v.probabilityLower))} />
              <Row
                name={`Chance it is lower by more than ${plan.smallestDifference} ${plan.smallestDifference === 1 ? 'point' : 'points'}`}
                values={views.map(([, v]) => formatProbability(v.probabilityLowerByMargin))}
              />
              <Row
                name="Block permutation test (p)"
                values={views.map(([, v]) => (v.permutation ? `${v.permutation.p.toFixed(3)} (${v.permutation.relabelings} orders)` : '—'))}
              />
              <Row
                name="Nights with episodes, A − B"
                values={views.map(([, v]) =>
                  v.episodeShare
                    ? `${points(v.episodeShare.diff)} percentage points (95% interval ${points(v.episodeShare.ciLow)} to ${points(v.episodeShare.ciHigh)}); ${v.a.nightsWithEpisodes} of ${v.a.nights} vs ${v.b.nightsWithEpisodes} of ${v.b.nights}`
                    : '—',
                )}
              />
              <Row name="Effect size (Hedges’ g)" values={views.map(([, v]) => fixed(v.hedgesG, 2))} />
              <Row name="Nights used" values={views.map(([, v]) => String(v.nightsUsed))} />
              <Row
                name="Nights left out"
                values={views.map(([, v]) =>
                  EXCLUSION_REASONS.filter((r) => v.excluded[r] > 0).map((r) => `${v.excluded[r]} ${EXCLUSION_WORDS[r]}`).join(', ') || 'none',
                )}
              />
            </tbody>
          </table>
        </div>
        <p className="mt-3 text-sm text-night-600 dark:text-night-300">
          {result.adherence.share === null
            ? 'Adherence: not known yet.'
            : `Adherence: ${Math.round(result.adherence.share * 100)}% of the ${result.adherence.known} nights whose adherence is known were kept to the plan.`}{' '}
          The verdict reads the as-scheduled column; the per-protocol column leaves out nights not kept to.
        </p>
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">How we decide</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-night-700 dark:text-night-200">
            {HOW_WE_DECIDE.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </details>
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Night by night</h2>
        <ExperimentChart
          labelA={labelA}
          labelB={labelB}
          nights={result.nights
            .filter((n) => n.excludedAsScheduled !== 'not_yet')
            .map((n) => ({
              night: n.nightOf,
              label: formatNight(n.nightOf, { weekday: undefined }),
              arm: n.condition,
              severity: n.worstSeverity,
              counted: n.excludedAsScheduled === null,
            }))}
        />
        {paged && (
          <nav aria-label="Nights of the schedule" className="mt-4 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
            {blocks.map((_, i) => (
              <Link
                key={i}
                href={`/experiments/${plan.id}?block=${i + 1}`}
                scroll={false}
                aria-current={shownBlock === i ? 'page' : undefined}
                className={blockLinkClass(shownBlock === i)}
              >
                Block {i + 1}
              </Link>
            ))}
            <Link
              href={`/experiments/${plan.id}?block=all`}
              scroll={false}
              aria-current={shownBlock === null ? 'page' : undefined}
              className={blockLinkClass(shownBlock === null)}
            >
              All {rows.length} nights
            </Link>
          </nav>
        )}
        <div tabIndex={0} role="region" aria-label="Schedule, night by night" className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[34rem] text-left text-sm">
            <caption className="sr-only">
              The schedule{shownBlock === null ? '' : ` (block ${shownBlock + 1} of ${blocks.length})`}: each night, its condition, whether it is a
              washout night, its worst severity and whether it kept to the plan
            </caption>
            <thead>
              <tr className="border-b border-night-200 dark:border-night-700">
                <th scope="col" className="py-2 pr-3 font-medium">Night</th>
                <th scope="col" className="py-2 pr-3 font-medium">Block</th>
                <th scope="col" className="py-2 pr-3 font-medium">Condition</th>
                <th scope="col" className="py-2 pr-3 font-medium">Worst severity</th>
                <th scope="col" className="py-2 pr-3 font-medium">Kept to the plan</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-night-100 dark:divide-night-800">
              {shownRows.map((entry) => {
                const n = analysed.get(entry.nightOf);
                const nightLabel = formatNight(entry.nightOf);
                return (
                  <tr key={entry.nightOf} data-night={entry.nightOf}>
                    <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                      {nightLabel}
                      {entry.nightOf === tonight && ' (tonight)'}
                    </th>
                    <td className="py-2 pr-3">{entry.block === null ? '—' : entry.block + 1}</td>
                    <td className="py-2 pr-3">
                      {label(entry.condition)}
                      {entry.washout && ' · washout'}
                    </td>
                    <td className="py-2 pr-3">{n?.worstSeverity ?? (n && n.excludedAsScheduled !== 'not_yet' ? 'unknown' : '')}</td>
                    <td className="py-2 pr-3">
                      {n && n.excludedAsScheduled !== 'not_yet' && plan.status !== 'abandoned' ? (
                        <AdherenceChoice
                          id={plan.id}
                          nightOf={entry.nightOf}
                          nightLabel={nightLabel}
                          logged={n.adherentFromLog}
                          corrected={overrides.get(entry.nightOf) ?? null}
                        />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}

/** "2" → block index 1; anything else (missing, "x", out of range) → null. */
function blockIndexFrom(asked: string | string[] | undefined, count: number): number | null {
  const n = typeof asked === 'string' && /^\d{1,3}$/.test(asked) ? Number(asked) : NaN;
  return n >= 1 && n <= count ? n - 1 : null;
}

const blockLinkClass = (current: boolean) =>
  `inline-flex min-h-11 items-center rounded-lg px-3 font-medium ${
    current ? 'bg-calm-400/20 text-night-900 dark:text-night-50' : 'text-calm-700 underline dark:text-calm-400'
  }`;

/** A difference of shares in percentage points, with a real minus sign. */
function points(share: number): string {
  const rounded = Math.round(share * 100);
  return (rounded === 0 ? '0' : String(rounded)).replace('-', '−');
}

function Row({ name, values }: { name: string; values: string[] }) {
  return (
    <tr>
      <th scope="row" className="py-2 pr-3 font-normal">{name}</th>
      {values.map((value, i) => (
        <td key={i} className="py-2 pr-3 tabular-nums">{value}</td>
      ))}
    </tr>
  );
}
