'use server';

import { revalidatePath } from 'next/cache';
import { deleteIrlsScore, saveIrlsScore } from '@/db/queries/irls';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { irlsBand } from '@/lib/irls/band';
import { localDateOf } from '@/lib/nights';
import { saveIrlsScoreSchema } from '@/lib/validation/irls';
import { deleteByIdSchema } from '@/lib/validation/medications';
import { isFutureDay } from '@/lib/validation/form-input';

const FUTURE_SCORE_MESSAGE = 'Enter today or an earlier date';

export const addIrlsScore = userAction(saveIrlsScoreSchema, async (score, user) => {
  if (isFutureDay(score.scoredOn, localDateOf(new Date(), user.timeZone))) {
    throw new ActionError(FUTURE_SCORE_MESSAGE, { scoredOn: [FUTURE_SCORE_MESSAGE] });
  }
  const saved = await saveIrlsScore({ userId: user.id, score });
  if (!saved) throw notFoundError('That score');
  revalidatePath('/log/irls');
  return { id: saved.id, total: saved.total, band: irlsBand(saved.total).label };
});

export const removeIrlsScore = userAction(deleteByIdSchema, async ({ id }, user) => {
  if (!(await deleteIrlsScore({ userId: user.id, id }))) throw notFoundError('That score');
  revalidatePath('/log/irls');
  return { id };
});
