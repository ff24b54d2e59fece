import type { Metadata } from 'next';
import Link from 'next/link';
import { ExperimentVerdict } from '@/components/experiment-verdict';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { loadExperimentViews, type LoadedExperiment } from '@/db/queries/experiment-views';
import { requireUser } from '@/lib/auth/current-user';
import { armsOf, isActive, progressOf, tonightInstruction, tonightOfPlan } from '@/lib/experiments';
import { formatNight, localDateOf } from '@/lib/nights';

export const metadata: Metadata = { title: 'Experiments' };

const linkClass = 'font-medium text-calm-700 underline dark:text-calm-400';

export default async function ExperimentsPage() {
  const user = await requireUser();
  const tonight = localDateOf(new Date(), user.timeZone);
  const views = await loadExperimentViews({ userId: user.id, timeZone: user.timeZone, tonight });
  const active = views.find((v) => isActive(v.plan));
  const past = views.filter((v) => !isActive(v.plan));

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">Experiments</h1>
        <p className="text-night-600 dark:text-night-300">
          A fair test of one change: blocks of nights with it and without it, in an order drawn at random, compared at the
          end. One experiment at a time.
        </p>
      </div>

      {active ? (
        <ActiveCard view={active} tonight={tonight} />
      ) : (
        <Card>
          <h2 className="text-lg font-semibold">No experiment running</h2>
          <p className="mt-1 text-night-600 dark:text-night-300">
            Not sure what to test? <Link href="/insights/links" className={linkClass}>What’s linked</Link> suggests the
            change most worth a fair test.
          </p>
          <Link href="/experiments/new" className={buttonClass('primary', 'mt-4')}>
            Start an experiment
          </Link>
        </Card>
      )}

      <Card>
        <h2 className="text-lg font-semibold">Past experiments</h2>
        {past.length === 0 ? (
          <p className="mt-1 text-night-600 dark:text-night-300">None yet. Finished experiments stay here with their results.</p>
        ) : (
          <ul className="mt-3 divide-y divide-night-100 dark:divide-night-800" aria-label="Past experiments">
            {past.map((view) => (
              <li key={view.plan.id} className="space-y-2 py-4 first:pt-0 last:pb-0">
                <h3 className="font-semibold">
                  <Link href={`/experiments/${view.plan.id}`} className={linkClass}>
                    {view.title}
                  </Link>
                </h3>
                <p className="text-sm text-night-600 dark:text-night-300">
                  {formatNight(view.plan.startNight)} to {view.plan.endedOn ? formatNight(view.plan.endedOn) : '…'} ·{' '}
                  {view.plan.blockOrder.length} blocks of {view.plan.blockLength} nights
                </p>
                <ExperimentVerdict
                  verdict={view.verdict}
                  result={view.result}
                  conditionA={armsOf(view.plan).a}
                  names={view.names}
                  abandoned={view.plan.status === 'abandoned'}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function ActiveCard({ view, tonight }: { view: LoadedExperiment; tonight: string }) {
  const { plan } = view;
  const arms = armsOf(plan);
  const night = tonightOfPlan(plan, tonight);
  const progress = progressOf(view.schedule, tonight, plan.blockOrder.length, plan.blockLength);
  return (
    <Card>
      <h2 className="text-lg font-semibold">
        Running: {view.title}
      </h2>
      <p className="mt-1 text-night-600 dark:text-night-300">
        {plan.status === 'paused'
          ? 'Paused. The rest of the schedule waits until you resume.'
          : progress.nightsSoFar === 0
            ? `Starts on the night of ${formatNight(plan.startNight)}.`
            : `Night ${progress.nightsSoFar} of ${progress.totalNights}, block ${progress.block} of ${progress.blockCount}.`}
      </p>
      {night && (
        <p className="mt-2 font-semibold">
          {tonightInstruction(night.arm, view.names, arms.a)}
          {night.washout ? ' (a washout night: kept to, not counted)' : ''}
        </p>
      )}
      <div className="mt-3">
        <ExperimentVerdict verdict={view.verdict} result={view.result} conditionA={arms.a} names={view.names} />
      </div>
      <Link href={`/experiments/${plan.id}`} className={buttonClass('secondary', 'mt-4')}>
        Schedule and result
      </Link>
    </Card>
  );
}
