'use server';

import { revalidatePath } from 'next/cache';
import {
  archiveCustomFactor,
  listCustomFactors,
  saveCustomFactor,
  saveDailyFactors,
} from '@/db/queries/factors';
import { isUsedByActiveExperiment } from '@/db/queries/experiments';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { localDateOf } from '@/lib/nights';
import {
  FUTURE_DAY_MESSAGE,
  archiveCustomFactorSchema,
  customFactorSchema,
  customValuesErrors,
  saveDailyFactorsSchema,
} from '@/lib/validation/factors';
import { isFutureDay } from '@/lib/validation/form-input';

function refreshFactorViews() {
  revalidatePath('/log/factors');
  revalidatePath('/today');
}

/** Saves a day's built-in factors and custom values together (one transaction). */
export const saveFactors = userAction(saveDailyFactorsSchema, async ({ day, custom, ...factors }, user) => {
  if (isFutureDay(day, localDateOf(new Date(), user.timeZone))) {
    throw new ActionError(FUTURE_DAY_MESSAGE, { day: [FUTURE_DAY_MESSAGE] });
  }
  const known = await listCustomFactors({ userId: user.id });
  const { fieldErrors, unknownIds } = customValuesErrors(known, custom);
  if (unknownIds.length > 0) throw notFoundError('That factor');
  if (Object.keys(fieldErrors).length > 0) throw new ActionError('Please check the highlighted fields.', fieldErrors);
  await saveDailyFactors({ userId: user.id, day, factors, customValues: custom });
  refreshFactorViews();
  return { day };
});

export const createCustomFactor = userAction(customFactorSchema, async (factor, user) => {
  const created = await saveCustomFactor({ userId: user.id, factor });
  refreshFactorViews();
  return created;
});

export const setCustomFactorArchived = userAction(archiveCustomFactorSchema, async ({ id, archived }, user) => {
  const tonight = localDateOf(new Date(), user.timeZone);
  if (archived && (await isUsedByActiveExperiment({ userId: user.id, tonight, uses: { factorId: id } }))) {
    throw new ActionError('Your current experiment tests this factor. End or abandon the experiment before archiving it.');
  }
  await archiveCustomFactor({ userId: user.id, id, archived });
  refreshFactorViews();
  return { id, archived };
});
