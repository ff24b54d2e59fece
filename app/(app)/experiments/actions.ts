'use server';

import { revalidatePath } from 'next/cache';
import {
  createExperiment,
  endExperiment,
  getExperiment,
  pauseExperiment,
  resumeExperiment,
  setExperimentAdherence,
} from '@/db/queries/experiments';
import { listCustomFactors } from '@/db/queries/factors';
import { getRoutine } from '@/db/queries/stretches';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import type { CurrentUser } from '@/lib/auth/current-user';
import { parseConditionKey, type Condition } from '@/lib/experiments';
import { isActive, scheduleOf } from '@/lib/experiments/plan';
import { addDays, localDateOf } from '@/lib/nights';
import {
  ACTIVE_EXISTS_MESSAGE,
  createExperimentSchema,
  experimentAdherenceSchema,
  experimentIdSchema,
  PAST_START_MESSAGE,
} from '@/lib/validation/experiments';

/** The evening to come (or under way before midnight): experiments count nights from here. */
const tonightFor = (user: CurrentUser) => localDateOf(new Date(), user.timeZone);

const NOT_FOUND = 'That experiment';
const MAX_DAYS_AHEAD = 90;
const FAR_START_MESSAGE = `Start within the next ${MAX_DAYS_AHEAD} nights`;

/** The user's running or paused experiment, settled first: one whose last night has passed is finished, not paused or ended early. */
async function activeOne(user: CurrentUser, id: string) {
  const plan = await getExperiment({ userId: user.id, id, tonight: tonightFor(user) });
  if (!plan || !isActive(plan)) throw notFoundError(NOT_FOUND);
  return plan;
}
const CONDITION_GONE = 'That routine or factor was not found; choose another';

async function ownsCondition(user: CurrentUser, condition: Condition): Promise<boolean> {
  if (condition.kind === 'routine') return Boolean(await getRoutine({ userId: user.id, routineId: condition.routineId }));
  if (condition.kind === 'do_custom' || condition.kind === 'avoid_custom') {
    const factors = await listCustomFactors({ userId: user.id, includeArchived: false });
    return factors.some((f) => f.id === condition.factorId && f.kind === 'boolean');
  }
  return true;
}

function refresh(id?: string) {
  revalidatePath('/experiments');
  if (id) revalidatePath(`/experiments/${id}`);
  revalidatePath('/today');
  revalidatePath('/history');
}

export const startExperiment = userAction(createExperimentSchema, async (input, user) => {
  const tonight = tonightFor(user);
  if (input.startNight < tonight) throw new ActionError('Please check the highlighted fields.', { startNight: [PAST_START_MESSAGE] });
  if (input.startNight > addDays(tonight, MAX_DAYS_AHEAD)) {
    throw new ActionError('Please check the highlighted fields.', { startNight: [FAR_START_MESSAGE] });
  }
  for (const field of ['conditionA', 'conditionB'] as const) {
    if (!(await ownsCondition(user, parseConditionKey(input[field])!))) {
      throw new ActionError(CONDITION_GONE, { [field]: [CONDITION_GONE] }, true);
    }
  }
  const { blockCount: _count, ...experiment } = input;
  const outcome = await createExperiment({ userId: user.id, experiment, tonight });
  if ('refused' in outcome) {
    if (outcome.refused === 'not_yours') throw notFoundError(NOT_FOUND);
    throw new ActionError(ACTIVE_EXISTS_MESSAGE, { startNight: [ACTIVE_EXISTS_MESSAGE] });
  }
  refresh(outcome.created.id);
  return { id: outcome.created.id };
});

export const pauseExperimentAction = userAction(experimentIdSchema, async ({ id }, user) => {
  await activeOne(user, id);
  if (!(await pauseExperiment({ userId: user.id, id, night: tonightFor(user) }))) throw notFoundError(NOT_FOUND);
  refresh(id);
  return { id };
});

export const resumeExperimentAction = userAction(experimentIdSchema, async ({ id }, user) => {
  await activeOne(user, id);
  if (!(await resumeExperiment({ userId: user.id, id, night: tonightFor(user) }))) throw notFoundError(NOT_FOUND);
  refresh(id);
  return { id };
});

/** The last night that counts is last night: tonight has not happened yet. */
export const endExperimentEarly = userAction(experimentIdSchema, async ({ id }, user) => {
  await activeOne(user, id);
  if (!(await endExperiment({ userId: user.id, id, lastNight: addDays(tonightFor(user), -1), how: 'early' }))) throw notFoundError(NOT_FOUND);
  refresh(id);
  return { id };
});

export const abandonExperiment = userAction(experimentIdSchema, async ({ id }, user) => {
  await activeOne(user, id);
  if (!(await endExperiment({ userId: user.id, id, lastNight: addDays(tonightFor(user), -1), how: 'abandoned' }))) throw notFoundError(NOT_FOUND);
  refresh(id);
  return { id };
});

const NIGHT_NOT_IN_SCHEDULE = 'That night is not a night of this experiment that has already begun';

export const correctAdherence = userAction(experimentAdherenceSchema, async ({ id, nightOf, adhered }, user) => {
  const tonight = tonightFor(user);
  const plan = await getExperiment({ userId: user.id, id, tonight });
  if (!plan || plan.status === 'abandoned') throw notFoundError(NOT_FOUND);
  const night = scheduleOf(plan).find((n) => n.nightOf === nightOf && n.condition !== null);
  if (!night || nightOf > tonight || (plan.endedOn !== null && nightOf > plan.endedOn)) throw new ActionError('Please check the highlighted fields.', { nightOf: [NIGHT_NOT_IN_SCHEDULE] });
  if (!(await setExperimentAdherence({ userId: user.id, id, nightOf, adhered }))) throw notFoundError(NOT_FOUND);
  refresh(id);
  return { id, nightOf, adhered };
});
