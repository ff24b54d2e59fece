'use server';

import { FUTURE_TOLERANCE_MS } from '@/lib/episodes/times';
import { revalidatePath } from 'next/cache';
import {
  archiveStretch,
  deleteRoutine,
  deleteStretchSession,
  logStretchSession,
  saveRoutine,
  saveStretch,
} from '@/db/queries/stretches';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { isUsedByActiveExperiment } from '@/db/queries/experiments';
import { localDateOf, nightOf, wallTimeToInstant } from '@/lib/nights';
import { FUTURE_TIME_MESSAGE } from '@/lib/validation/common';
import {
  archiveStretchSchema,
  routineIdSchema,
  routineInputSchema,
  stretchInputSchema,
  stretchSessionIdSchema,
  stretchSessionInputSchema,
} from '@/lib/validation/stretches';

const STRETCHES = '/log/stretches';
const IN_EXPERIMENT_MESSAGE = 'Your current experiment tests this routine. End or abandon the experiment before deleting it.';

export const saveStretchAction = userAction(stretchInputSchema, async (stretch, user) => {
  const saved = await saveStretch({ userId: user.id, stretch });
  if (!saved) throw notFoundError('That stretch');
  revalidatePath(STRETCHES, 'layout');
  return saved;
});

export const archiveStretchAction = userAction(archiveStretchSchema, async ({ stretchId, archived }, user) => {
  const saved = await archiveStretch({ userId: user.id, stretchId, archived });
  if (!saved) throw notFoundError('That stretch');
  revalidatePath(STRETCHES, 'layout');
  return saved;
});

export const saveRoutineAction = userAction(routineInputSchema, async (routine, user) => {
  const saved = await saveRoutine({ userId: user.id, routine });
  if (!saved) throw notFoundError('That routine or one of its stretches');
  revalidatePath(STRETCHES, 'layout');
  return saved;
});

export const deleteRoutineAction = userAction(routineIdSchema, async ({ routineId }, user) => {
  if (await isUsedByActiveExperiment({ userId: user.id, tonight: localDateOf(new Date(), user.timeZone), uses: { routineId } })) {
    throw new ActionError(IN_EXPERIMENT_MESSAGE);
  }
  if (!(await deleteRoutine({ userId: user.id, routineId }))) throw notFoundError('That routine');
  revalidatePath(STRETCHES, 'layout');
  return null;
});

export const logStretchSessionAction = userAction(stretchSessionInputSchema, async (input, user) => {
  const now = new Date();
  const performedAt = input.performedAt ? wallTimeToInstant(input.performedAt, user.timeZone) : (input.tappedAt ?? now);
  if (performedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ActionError('Please check the highlighted fields.', { performedAt: [FUTURE_TIME_MESSAGE] });
  }
  const saved = await logStretchSession({
    userId: user.id,
    session: {
      id: input.id,
      nightOf: nightOf(performedAt, user.timeZone),
      performedAt,
      stretchId: input.stretchId ?? null,
      routineId: input.routineId ?? null,
      sides: input.sides,
      holdSeconds: input.holdSeconds ?? null,
      repetitions: input.repetitions ?? null,
      totalMinutes: input.totalMinutes ?? null,
      context: input.context,
      partial: input.partial,
    },
  });
  if (!saved) throw notFoundError(input.routineId ? 'That routine' : 'That stretch');
  revalidatePath('/', 'layout');
  return saved;
});

export const deleteStretchSessionAction = userAction(stretchSessionIdSchema, async ({ sessionId }, user) => {
  if (!(await deleteStretchSession({ userId: user.id, sessionId }))) throw notFoundError('That session');
  revalidatePath('/', 'layout');
  return null;
});
