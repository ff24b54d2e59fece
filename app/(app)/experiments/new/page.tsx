import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getActiveExperiment } from '@/db/queries/experiments';
import { listCustomFactors } from '@/db/queries/factors';
import { listRoutines } from '@/db/queries/stretches';
import { requireUser } from '@/lib/auth/current-user';
import { conditionLabel, DEFAULT_BLOCK_COUNT, drawOrder, parseConditionKey, type ConditionNames } from '@/lib/experiments';
import { localDateOf } from '@/lib/nights';
import { ExperimentForm, type ConditionOption } from './experiment-form';

export const metadata: Metadata = { title: 'New experiment' };

const linkClass = 'text-sm font-medium text-calm-700 hover:underline dark:text-calm-400';

export default async function NewExperimentPage({ searchParams }: { searchParams: Promise<{ a?: string | string[] }> }) {
  const user = await requireUser();
  const tonight = localDateOf(new Date(), user.timeZone);
  const [active, routines, factors, params] = await Promise.all([
    getActiveExperiment({ userId: user.id, tonight }),
    listRoutines({ userId: user.id }),
    listCustomFactors({ userId: user.id, includeArchived: false }),
    searchParams,
  ]);
  const names: ConditionNames = {
    routines: Object.fromEntries(routines.map((r) => [r.id, r.name])),
    customFactors: Object.fromEntries(factors.map((f) => [f.id, f.name])),
  };
  const label = (key: string) => conditionLabel(parseConditionKey(key)!, names);
  const optionsA: ConditionOption[] = [
    ...routines.map((r) => ({ key: `routine:${r.id}`, label: `${r.name} (routine before bed)` })),
    ...['avoid:late_caffeine', 'avoid:alcohol', 'do:evening_walk'].map((key) => ({ key, label: label(key) })),
    ...factors
      .filter((f) => f.kind === 'boolean')
      .flatMap((f) => [`do:custom:${f.id}`, `avoid:custom:${f.id}`].map((key) => ({ key, label: label(key) }))),
  ];
  const routineOptions = routines.map((r) => ({ key: `routine:${r.id}`, label: `${r.name} (another routine)` }));
  const asked = typeof params.a === 'string' ? params.a : undefined;
  const initialA = optionsA.find((o) => o.key === asked)?.key ?? optionsA[0]?.key ?? '';

  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <Link href="/experiments" className={linkClass}>
          ← Experiments
        </Link>
        <h1 className="text-2xl font-bold">New experiment</h1>
        <p className="text-night-600 dark:text-night-300">
          Nights with the change and nights without it, in blocks, in an order drawn at random. The first nights after each
          switch are a washout: you keep to the plan, but they are not counted, so one condition does not spill into the
          next.
        </p>
      </div>
      {active ? (
        <Card>
          <h2 className="text-lg font-semibold">An experiment is already running</h2>
          <p className="mt-1 text-night-600 dark:text-night-300">
            One at a time keeps each test fair. Finish, end or abandon the running one before you start another.
          </p>
          <Link href={`/experiments/${active.id}`} className={buttonClass('secondary', 'mt-4')}>
            Go to the running experiment
          </Link>
        </Card>
      ) : (
        <Card>
          <ExperimentForm
            tonight={tonight}
            optionsA={optionsA}
            routineOptions={routineOptions}
            initialA={initialA}
            initialOrder={drawOrder(DEFAULT_BLOCK_COUNT, Math.random).join('')}
          />
        </Card>
      )}
    </div>
  );
}
