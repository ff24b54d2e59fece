'use server';

import { revalidatePath } from 'next/cache';
import { saveReportProfile } from '@/db/queries/report';
import { createShareLink, revokeShareLink } from '@/db/queries/share-links';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { lastNightOf } from '@/lib/nights';
import { deleteByIdSchema } from '@/lib/validation/medications';
import { createShareLinkSchema, LAST_NIGHT_MESSAGE, reportProfileSchema } from '@/lib/validation/report';

/** The name, date of birth and questions the signed-in user wants on their report. */
export const saveReportDetails = userAction(reportProfileSchema, async (profile, user) => {
  await saveReportProfile({ userId: user.id, profile });
  revalidatePath('/report');
  return { saved: true };
});

/** A read-only link to the report of a period; the token is shown once, here, and kept only as a hash. */
export const createReportShareLink = userAction(createShareLinkSchema, async ({ id, from, to, days }, user) => {
  if (to > lastNightOf(new Date(), user.timeZone)) throw new ActionError('Please check the highlighted fields.', { to: [LAST_NIGHT_MESSAGE] });
  const { token, expiresAt } = await createShareLink({ userId: user.id, id, from, to, days });
  revalidatePath('/report');
  return { path: `/share/${token}`, expiresAt: expiresAt.toISOString() };
});

export const revokeReportShareLink = userAction(deleteByIdSchema, async ({ id }, user) => {
  if (!(await revokeShareLink({ userId: user.id, id }))) throw notFoundError('That link');
  revalidatePath('/report');
  return { id };
});
