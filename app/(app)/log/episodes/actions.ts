'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteEpisode, endEpisode, getEpisode, saveEpisode, startEpisode, updateEpisodeDetails } from '@/db/queries/episodes';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { checkEpisodeTimes } from '@/lib/episodes/times';
import { nightOf } from '@/lib/nights';
import { clientIdSchema } from '@/lib/validation/common';
import {
  endEpisodeSchema,
  episodeDetailsUpdateSchema,
  episodeFormSchema,
  startEpisodeSchema,
} from '@/lib/validation/episodes';

function refreshNightViews() {
  revalidatePath('/today');
  revalidatePath('/history', 'layout');
}

export const startEpisodeNow = userAction(startEpisodeSchema, async ({ id, startedAt }, user) => {
  const { startedAt: tooLate } = checkEpisodeTimes(startedAt, null, new Date());
  if (tooLate) throw new ActionError(tooLate, { startedAt: [tooLate] });
  const result = await startEpisode({
    userId: user.id,
    episode: { id, startedAt, nightOf: nightOf(startedAt, user.timeZone) },
  });
  if (!result) throw notFoundError('That episode');
  refreshNightViews();
  return { id: result.episode.id, startedAt: result.episode.startedAt.toISOString(), resumed: result.resumed };
});

export const endEpisodeNow = userAction(endEpisodeSchema, async ({ id, endedAt, severity }, user) => {
  const episode = await getEpisode({ userId: user.id, id });
  if (!episode) throw notFoundError('That episode');
  const errors = checkEpisodeTimes(episode.startedAt, endedAt, new Date());
  if (errors.endedAt) throw new ActionError(errors.endedAt, { endedAt: [errors.endedAt] });
  const ended = await endEpisode({ userId: user.id, end: { id, endedAt, severity } });
  if (!ended) throw notFoundError('That episode');
  refreshNightViews();
  return { id: ended.id, severity: ended.severity };
});

export const saveEpisodeDetails = userAction(episodeDetailsUpdateSchema, async ({ id, ...details }, user) => {
  const updated = await updateEpisodeDetails({ userId: user.id, id, details });
  if (!updated) throw notFoundError('That episode');
  refreshNightViews();
  return { id: updated.id };
});

export const saveEpisodeForm = userAction(
  (user) => episodeFormSchema(user.timeZone),
  async (episode, user) => {
    const saved = await saveEpisode({
      userId: user.id,
      episode: { ...episode, nightOf: nightOf(episode.startedAt, user.timeZone) },
    });
    if (!saved) throw notFoundError('That episode');
    refreshNightViews();
    return { id: saved.id, nightOf: saved.nightOf };
  },
);

export const removeEpisode = userAction(z.object({ id: clientIdSchema }), async ({ id }, user) => {
  const deleted = await deleteEpisode({ userId: user.id, id });
  if (!deleted) throw notFoundError('That episode');
  refreshNightViews();
  return { nightOf: deleted.nightOf };
});
