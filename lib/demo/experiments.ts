import type { ExperimentPlan } from '../experiments/plan';
import { buildSchedule, type Arm } from '../experiments/schedule';
import { addDays, type CalendarDate } from '../nights/calendar-date';

export type DemoExperiment = Omit<ExperimentPlan, 'conditionA'> & { createdAt: Date };

const BLOCK_LENGTH = 7;
const FINISHED_ORDER = 'ABBABAABAB';
const RUNNING_ORDER = 'BAABABBA';

/**
 * The demo account's experiments: a finished one (10 blocks of 7 nights of the Bedtime routine
 * against no routine, with a two-night pause) ending 12 nights before `today`, and one running since
 * five nights ago, so a new user sees both a result and tonight's condition. Condition A is the
 * demo routine (`routine:<id>`), filled in by the seed.
 */
export function demoExperiments(today: CalendarDate, newId: () => string): DemoExperiment[] {
  const finishedStart = addDays(today, -83);
  const pause = { from: addDays(finishedStart, 28), to: addDays(finishedStart, 29) };
  const finished: DemoExperiment = {
    id: newId(),
    conditionB: 'none',
    blockLength: BLOCK_LENGTH,
    blockOrder: FINISHED_ORDER,
    washoutNights: 1,
    startNight: finishedStart,
    smallestDifference: 1,
    status: 'finished',
    endedEarly: false,
    endedOn: addDays(today, -12),
    pauses: [pause],
    // The person confirmed the first night by hand.
    adherence: [{ nightOf: finishedStart, adhered: true }],
    createdAt: new Date(`${addDays(finishedStart, -1)}T20:00:00Z`),
  };
  const runningStart = addDays(today, -5);
  const running: DemoExperiment = {
    ...finished,
    id: newId(),
    blockOrder: RUNNING_ORDER,
    startNight: runningStart,
    status: 'running',
    endedOn: null,
    pauses: [],
    adherence: [],
    createdAt: new Date(`${addDays(runningStart, -1)}T20:00:00Z`),
  };
  return [finished, running];
}

/**
 * Whether the demo person did the routine on a night of an experiment: as scheduled, except one "no
 * routine" night of the finished one where they did it anyway. Undefined outside the experiments.
 */
export function demoRoutineOn(experiments: readonly DemoExperiment[]): (night: CalendarDate) => boolean | undefined {
  const planned = new Map<CalendarDate, boolean>();
  for (const experiment of experiments) {
    const schedule = buildSchedule({
      startNight: experiment.startNight,
      blockLength: experiment.blockLength,
      order: experiment.blockOrder.split('') as Arm[],
      washoutNights: experiment.washoutNights,
      pauses: experiment.pauses,
    });
    for (const night of schedule) if (night.condition) planned.set(night.nightOf, night.condition === 'A');
  }
  const slip = experiments.find((e) => e.status === 'finished');
  if (slip) planned.set(addDays(slip.startNight, 10), true);
  return (night) => planned.get(night);
}
