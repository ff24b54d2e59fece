import Link from 'next/link';
import { buttonClass } from './ui/button';
import { Card } from './ui/card';
import { armsOf, conditionLabel, experimentTitle, tonightInstruction, tonightOfPlan, type ConditionNames, type ExperimentPlan } from '@/lib/experiments';
import { formatNight } from '@/lib/nights';

const linkClass = 'font-medium text-calm-700 underline dark:text-calm-400';

/** Today's card: what tonight asks for, with the routine player one tap away. */
export function TonightExperimentCard({ plan, names, tonight }: { plan: ExperimentPlan | undefined; names: ConditionNames; tonight: string }) {
  if (!plan) {
    return (
      <Card>
        <h2 className="text-lg font-semibold">Tonight&apos;s experiment</h2>
        <p className="mt-1 text-night-600 dark:text-night-300">
          No experiment is running. A fair test shows whether a change, such as a bedtime routine, helps you.
        </p>
        <Link href="/experiments/new" className={`${linkClass} mt-2 inline-block`}>
          Start an experiment
        </Link>
      </Card>
    );
  }
  const arms = armsOf(plan);
  const night = tonightOfPlan(plan, tonight);
  const title = experimentTitle(arms.a, arms.b, names);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Tonight&apos;s experiment</h2>
      {night ? (
        <>
          <p className="mt-1 text-sm text-night-600 dark:text-night-300">The night of {formatNight(tonight)}</p>
          <p className="text-xl font-semibold">{tonightInstruction(night.arm, names, arms.a)}</p>
          {night.washout && (
            <p className="text-sm text-night-600 dark:text-night-300">A washout night after the switch: keep to it; it is not counted.</p>
          )}
          {night.arm.kind === 'routine' && (
            <Link href={`/log/stretches/play/${night.arm.routineId}?context=before_bed`} className={buttonClass('primary', 'mt-3')}>
              Start {conditionLabel(night.arm, names)}
            </Link>
          )}
        </>
      ) : (
        <p className="mt-1 text-night-600 dark:text-night-300">
          {plan.status === 'paused' ? 'Paused: nothing to keep to tonight.' : `Starts on the night of ${formatNight(plan.startNight)}.`}
        </p>
      )}
      <p className="mt-3 text-sm">
        <Link href={`/experiments/${plan.id}`} className={linkClass}>
          {title}: schedule and result
        </Link>
      </p>
    </Card>
  );
}
