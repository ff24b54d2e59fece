'use client';

import { useSyncExternalStore } from 'react';
import { readOutbox, subscribeOutbox } from './outbox';

/** Whether the write queued under `key` is still waiting on this device; false once it has been sent. */
export function useStillQueued(key: string | undefined): boolean {
  return useSyncExternalStore(
    subscribeOutbox,
    () => key !== undefined && readOutbox().some((item) => item.key === key),
    () => false,
  );
}

/** A form message; `whenSent` replaces it once the write queued under its key has been sent. */
export type OutboxMessage = { text: string; tone: 'error' | 'success'; whenSent?: { key: string; text: string } };

/** The message to show now: the queued wording while the write waits, the sent wording after. */
export function useOutboxMessage(message: OutboxMessage | undefined): OutboxMessage | undefined {
  const waiting = useStillQueued(message?.whenSent?.key);
  if (!message?.whenSent || waiting) return message;
  return { text: message.whenSent.text, tone: message.tone };
}
