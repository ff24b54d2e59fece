import { endEpisodeNow, saveEpisodeDetails, startEpisodeNow } from '@/app/(app)/log/episodes/actions';
import { logMedicationDose } from '@/app/(app)/log/medications/actions';
import { deleteStretchSessionAction, logStretchSessionAction } from '@/app/(app)/log/stretches/actions';
import { saveNightCheckin } from '@/app/(app)/today/actions';
import type { ActionResult } from '@/lib/auth/action';
import type { OutboxItem, OutboxKind } from './outbox';

/** Deletes a session that may or may not have reached the server: not finding it is success. */
export async function undoStretchSession(input: { sessionId: string }, owner: string): Promise<ActionResult<null>> {
  const result = await deleteStretchSessionAction(input, owner);
  return !result.ok && result.notFound ? { ok: true, data: null } : result;
}

/** The server action each kind of queued write is sent with, along with the account it was made in. */
export const senders = {
  startEpisode: startEpisodeNow,
  endEpisode: endEpisodeNow,
  episodeDetails: saveEpisodeDetails,
  checkin: saveNightCheckin,
  stretchSession: logStretchSessionAction,
  undoStretchSession: (input: unknown, owner: string) => undoStretchSession(input as { sessionId: string }, owner),
  dose: logMedicationDose,
} as const satisfies Record<OutboxKind, (input: unknown, owner: string) => Promise<ActionResult<unknown>>>;

export const sendQueued = (item: OutboxItem & { owner: string }) => senders[item.kind](item.input, item.owner);
