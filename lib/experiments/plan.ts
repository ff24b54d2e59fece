import { addDays, type CalendarDate } from '../nights/calendar-date';
import type { NightRecord } from '../nights/night-record';
import { analyseExperiment, type ExperimentResult } from './analysis';
import { parseConditionKey, type Condition } from './conditions';
import { buildSchedule, isComplete, scheduleEnd, type Arm, type Pause, type ScheduledNight } from './schedule';
import { experimentVerdict, type Verdict } from './verdict';

export type ExperimentStatus = 'running' | 'paused' | 'finished' | 'abandoned';

/** An experiment as stored: what was planned, its pauses and the person's adherence corrections. */
export type ExperimentPlan = {
  id: string;
  conditionA: string;
  conditionB: string;
  blockLength: number;
  /** 'ABBA', … */
  blockOrder: string;
  washoutNights: number;
  startNight: CalendarDate;
  smallestDifference: number;
  status: ExperimentStatus;
  endedEarly: boolean;
  endedOn: CalendarDate | null;
  pauses: readonly Pause[];
  adherence: readonly { nightOf: CalendarDate; adhered: boolean }[];
};

export const isActive = (plan: Pick<ExperimentPlan, 'status'>) => plan.status === 'running' || plan.status === 'paused';

export function armsOf(plan: ExperimentPlan): { a: Condition; b: Condition } {
  const a = parseConditionKey(plan.conditionA);
  const b = parseConditionKey(plan.conditionB);
  if (!a || !b) throw new RangeError('Stored experiment with an unknown condition');
  return { a, b };
}

export function scheduleOf(plan: ExperimentPlan): ScheduledNight[] {
  return buildSchedule({
    startNight: plan.startNight,
    blockLength: plan.blockLength,
    order: plan.blockOrder.split('') as Arm[],
    washoutNights: plan.washoutNights,
    pauses: plan.pauses,
  });
}

/** The nights whose records the result needs (an ended experiment stops at its end). */
export function recordPeriod(plan: ExperimentPlan, tonight: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const end = scheduleEnd(scheduleOf(plan)) ?? plan.startNight;
  const last = [end, tonight, plan.endedOn ?? end].sort()[0] as CalendarDate;
  return { from: plan.startNight, to: last < plan.startNight ? plan.startNight : last };
}

/**
 * A running experiment whose last night is behind it is finished: it has every night it planned.
 * Undefined while it still runs (or was already settled).
 */
export function finishedOn(plan: ExperimentPlan, tonight: CalendarDate): CalendarDate | undefined {
  if (plan.status !== 'running') return undefined;
  const schedule = scheduleOf(plan);
  const end = scheduleEnd(schedule);
  const complete = isComplete(schedule, { blockLength: plan.blockLength, order: plan.blockOrder.split('') as Arm[] });
  return complete && end !== undefined && end < tonight ? end : undefined;
}

/** What tonight asks for, or undefined when tonight is not part of the experiment (before, after or paused). */
export function tonightOfPlan(plan: ExperimentPlan, tonight: CalendarDate): (ScheduledNight & { arm: Condition }) | undefined {
  if (plan.status !== 'running') return undefined;
  const night = scheduleOf(plan).find((entry) => entry.nightOf === tonight);
  if (!night || night.condition === null) return undefined;
  const { a, b } = armsOf(plan);
  return { ...night, arm: night.condition === 'A' ? a : b };
}

export type PlanResult = { result: ExperimentResult; verdict: Verdict; schedule: ScheduledNight[] };

/** The experiment's result as of tonight: interim while it runs, final once ended or complete. */
export function resultOfPlan(plan: ExperimentPlan, records: readonly NightRecord[], tonight: CalendarDate): PlanResult {
  const { a, b } = armsOf(plan);
  const full = scheduleOf(plan);
  // An ended experiment is judged on the nights up to its end; the rest never happened.
  const schedule = plan.endedOn ? full.filter((night) => night.nightOf <= (plan.endedOn as string)) : full;
  const ended = plan.status === 'finished' || plan.status === 'abandoned';
  const result = analyseExperiment({
    schedule,
    records,
    adherenceOverrides: new Map(plan.adherence.map((entry) => [entry.nightOf, entry.adhered])),
    conditionA: a,
    conditionB: b,
    smallestDifference: plan.smallestDifference,
    endedEarly: plan.endedEarly,
    today: ended ? addDays(plan.endedOn ?? tonight, 1) : tonight,
    scheduleComplete: ended || isComplete(full, { blockLength: plan.blockLength, order: plan.blockOrder.split('') as Arm[] }),
  });
  return { result, verdict: experimentVerdict(result), schedule: full };
}
