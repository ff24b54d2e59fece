import { endEpisodeNow, saveEpisodeDetails, startEpisodeNow } from '@/app/(app)/log/episodes/actions';
import { logMedicationDose } from '@/app/(app)/log/medications/actions';
import { deleteStretchSessionAction, logStretchSessionAction } from '@/app/(app)/log/stretches/actions';
import { saveNightCheckin } from '@/app/(app)/today/actions';
import type { ActionResult } from '@/lib/auth/action';
import type { OutboxItem, OutboxKind } from './outbox';

/** Deletes a session that may or may not have reached the server: not finding it is success. */
export async function undoStretchSession(input: { sessionId: string }): Promise<ActionResult<null>> {
  const result = await deleteStretchSessionAction(input);
  return !result.ok && result.notFound ? { ok: true, data: null } : result;
}

/** The server action each kind of queued write is sent with. */
export const senders = {
  startEpisode: startEpisodeNow,
  endEpisode: endEpisodeNow,
  episodeDetails: saveEpisodeDetails,
  checkin: saveNightCheckin,
  stretchSession: logStretchSessionAction,
  undoStretchSession: (input: unknown) => undoStretchSession(input as { sessionId: string }),
  dose: logMedicationDose,
} as const satisfies Record<OutboxKind, (input: unknown) => Promise<ActionResult<unknown>>>;

export const sendQueued = (item: OutboxItem) => senders[item.kind](item.input);
