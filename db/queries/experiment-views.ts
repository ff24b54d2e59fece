import 'server-only';
import { conditionLabel, experimentTitle, type ConditionNames } from '@/lib/experiments';
import { armsOf, recordPeriod, resultOfPlan, type ExperimentPlan, type PlanResult } from '@/lib/experiments/plan';
import type { CalendarDate } from '@/lib/nights';
import { cachedAnalysis } from './analysis-cache';
import { getActiveExperiment, getExperiment, listExperiments } from './experiments';
import { listCustomFactors } from './factors';
import { listNightRecords } from './night-records';
import { listRoutines } from './stretches';

export type LoadedExperiment = PlanResult & {
  plan: ExperimentPlan;
  labelA: string;
  labelB: string;
  /** "Bedtime vs without it" */
  title: string;
  names: ConditionNames;
};


type Who = { userId: string; timeZone: string; tonight: CalendarDate };

/** Routine and custom-factor names, for the labels of conditions. */
export async function conditionNames({ userId }: { userId: string }): Promise<ConditionNames> {
  const [routines, factors] = await Promise.all([listRoutines({ userId }), listCustomFactors({ userId })]);
  return {
    routines: Object.fromEntries(routines.map((r) => [r.id, r.name])),
    customFactors: Object.fromEntries(factors.map((f) => [f.id, f.name])),
  };
}

async function viewsOf(who: Who, plans: ExperimentPlan[]): Promise<LoadedExperiment[]> {
  if (plans.length === 0) return [];
  const periods = plans.map((plan) => recordPeriod(plan, who.tonight));
  const from = periods.map((p) => p.from).sort()[0] as CalendarDate;
  const to = periods.map((p) => p.to).sort().at(-1) as CalendarDate;
  const [names, records] = await Promise.all([
    conditionNames({ userId: who.userId }),
    listNightRecords({ userId: who.userId, timeZone: who.timeZone, from, to, include: { factors: true } }),
  ]);
  return plans.map((plan) => {
    const { a, b } = armsOf(plan);
    return { ...resultOfPlan(plan, records, who.tonight), plan, names, labelA: conditionLabel(a, names), labelB: conditionLabel(b, names), title: experimentTitle(a, b, names) };
  });
}

/**
 * One experiment's page: its result is kept until the user's data changes (the plan is part of the
 * inputs, so a pause or an adherence choice is never served from before it).
 */
export async function loadExperimentView(who: Who & { id: string }): Promise<LoadedExperiment | undefined> {
  const plan = await getExperiment({ userId: who.userId, id: who.id, tonight: who.tonight });
  if (!plan) return undefined;
  return cachedAnalysis({
    userId: who.userId,
    kind: `experiment:${plan.id}`,
    inputs: `${who.tonight} ${who.timeZone} ${JSON.stringify(plan)}`,
    compute: async () => (await viewsOf(who, [plan]))[0]!,
  });
}

export async function loadActiveExperimentView(who: Who): Promise<LoadedExperiment | undefined> {
  const plan = await getActiveExperiment({ userId: who.userId, tonight: who.tonight });
  return plan ? (await viewsOf(who, [plan]))[0] : undefined;
}

export async function loadExperimentViews(who: Who): Promise<LoadedExperiment[]> {
  return viewsOf(who, await listExperiments({ userId: who.userId, tonight: who.tonight }));
}
