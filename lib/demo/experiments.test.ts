import { describe, expect, it } from 'vitest';
import { resultOfPlan, tonightOfPlan } from '../experiments/plan';
import { demoExperiments, demoRoutineOn } from './experiments';
import { generateDemoData } from './generate';
import { demoNightRecords } from './night-records';

const TODAY = '2026-06-01';

describe('the demo experiments', () => {
  let n = 0;
  const plans = demoExperiments(TODAY, () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
  const data = generateDemoData({ today: TODAY, timeZone: 'Europe/Berlin', routineOn: demoRoutineOn(plans) });
  const records = demoNightRecords(data);
  const [finished, running] = plans.map((plan) => ({ ...plan, conditionA: `routine:${data.routine.id}` }));

  it('has a finished result that finds the planted routine effect, with one slip and one pause', () => {
    const { result, verdict } = resultOfPlan(finished!, records, TODAY);
    expect(result.phase).toBe('final');
    expect(verdict).toBe('likely helps');
    expect(result.asScheduled.difference!.diff).toBeLessThan(-0.5);
    expect(result.adherence.adherent).toBe(result.adherence.known - 1);
    expect(result.nights).toHaveLength(70);
  });

  it('has a running experiment with a condition for tonight and an interim result', () => {
    expect(tonightOfPlan(running!, TODAY)).toMatchObject({ block: 0, condition: 'B' });
    const { result, verdict } = resultOfPlan(running!, records, TODAY);
    expect(result.phase).toBe('interim');
    expect(verdict).toBe('not enough data yet');
    expect(result.asScheduled.excluded.not_yet).toBe(56 - 5);
  });
});
