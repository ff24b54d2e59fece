'use client';

import type { ActionResult } from '@/lib/auth/action';

/** A write that could not reach the server; kept on the device and sent, in order, when back online. */
export type OutboxItem = { key: string; kind: OutboxKind; input: unknown };
export type OutboxKind = 'startEpisode' | 'endEpisode' | 'episodeDetails' | 'checkin';

const STORAGE_KEY = 'stillnight-outbox';
export const OUTBOX_EVENT = 'stillnight-outbox-changed';

export function readOutbox(): OutboxItem[] {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as OutboxItem[];
  } catch {
    return [];
  }
}

function writeOutbox(items: OutboxItem[]) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  window.dispatchEvent(new Event(OUTBOX_EVENT));
}

export function enqueue(item: OutboxItem) {
  writeOutbox([...readOutbox().filter((i) => i.key !== item.key), item]);
}

/**
 * Sends a write now; if the network fails, queues it. Creates carry their own ids,
 * so a write that reached the server before the connection dropped is not stored twice.
 */
export async function sendOrQueue<T>(
  item: OutboxItem,
  send: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T> | { ok: 'queued' }> {
  if (readOutbox().length > 0) {
    enqueue(item); // keep the order: an end must not overtake its queued start
    return { ok: 'queued' };
  }
  try {
    return await send();
  } catch {
    enqueue(item);
    return { ok: 'queued' };
  }
}

/** Sends queued writes in order; stops at the first that still cannot reach the server. */
export async function flushOutbox(send: (item: OutboxItem) => Promise<ActionResult<unknown>>): Promise<string[]> {
  const refused: string[] = [];
  for (const item of readOutbox()) {
    let result: ActionResult<unknown>;
    try {
      result = await send(item);
    } catch {
      return refused;
    }
    if (!result.ok) refused.push(result.message);
    writeOutbox(readOutbox().filter((i) => i.key !== item.key));
  }
  return refused;
}
