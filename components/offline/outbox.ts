'use client';

import type { ActionResult } from '@/lib/auth/action';
import { firstErrors, type FieldErrors } from '@/lib/validation/field-errors';

/** A write that could not reach the server; kept on the device and sent, in order, when back online. */
export type OutboxItem = {
  key: string;
  kind: OutboxKind;
  input: unknown;
  /** The account (user id) the write was made in; set when it is queued, sent with it, checked by the server. */
  owner?: string;
  /** A send failed while the device thought it was online: the request may have reached the server. */
  mayHaveArrived?: boolean;
};
export type OutboxKind = 'startEpisode' | 'endEpisode' | 'episodeDetails' | 'checkin' | 'stretchSession' | 'undoStretchSession' | 'dose';

const STORAGE_KEY = 'stillnight-outbox';
export const OUTBOX_EVENT = 'stillnight-outbox-changed';

// The account of the signed-in shell in this tab. Another tab may sign in as someone else with
// the same cookie jar, so the server checks each write's owner too.
let owner: string | undefined;
// Set when the server said another account is signed in now: this tab's queue then waits for
// its owner to sign in again instead of being sent (and refused) again and again.
let held = false;
// The flush under way, and the key of the write it is sending right now.
let inFlight: Promise<string[]> | undefined;
let sending: string | undefined;

export function setOutboxOwner(userId: string) {
  if (typeof window === 'undefined') return; // rendered on the server: no queue there
  if (userId !== owner) held = false;
  owner = userId;
}

/** The account of this tab's signed-in shell, if it has been opened. */
export function outboxOwner(): string | undefined {
  return owner;
}

function currentOwner(): string {
  if (!owner) throw new Error('The outbox is used only inside the signed-in shell.');
  return owner;
}

function readAll(): OutboxItem[] {
  try {
    const items: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(items) ? (items as OutboxItem[]) : [];
  } catch {
    return [];
  }
}

/** The signed-in user's queued writes, oldest first. */
export function readOutbox(): OutboxItem[] {
  return queueOf(owner);
}

function queueOf(account: string | undefined): OutboxItem[] {
  return readAll().filter((i) => i.owner === account);
}

/** How many writes queued on this device belong to accounts other than this tab's. */
export function otherAccountsCount(): number {
  return readAll().filter((i) => i.owner !== owner).length;
}

/** Whether this tab's queue waits because another account is signed in now. */
export function outboxHeld(): boolean {
  return held;
}

/** Lets a held queue be sent again: the signed-in shell was (re)opened, so its owner is signed in. */
export function releaseOutbox() {
  if (!held) return;
  held = false;
  notify();
}

function hold() {
  held = true;
  notify();
}

function notify() {
  window.dispatchEvent(new Event(OUTBOX_EVENT));
}

function writeAll(items: OutboxItem[]) {
  if (items.length === 0) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, JSON.stringify(items));
  notify();
}

/** Calls `onChange` whenever the queue changes, in this tab or another. */
export function subscribeOutbox(onChange: () => void) {
  window.addEventListener(OUTBOX_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(OUTBOX_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function enqueue(item: OutboxItem) {
  const owner = currentOwner();
  writeAll([...readAll().filter((i) => !(i.key === item.key && i.owner === owner)), { ...item, owner }]);
}

/**
 * Deletes the queued writes of `userId` (at sign-out), and any left from before writes carried
 * their account, which no one could send. Other accounts' writes stay for their owners.
 */
export function clearOutboxOf(userId: string) {
  const kept = readAll().filter((i) => i.owner !== undefined && i.owner !== userId);
  writeAll(kept);
}

function remove(key: string, account = owner) {
  writeAll(readAll().filter((i) => !(i.key === key && i.owner === account)));
}

/**
 * Takes back a queued write that is not being sent at this moment (an "Undo" while offline) and
 * returns it. Undefined when it is no longer queued or is on its way: wait for `outboxSettled()`
 * and undo on the server. A write taken back that `mayHaveArrived` needs undoing there too.
 */
export function withdraw(key: string): OutboxItem | undefined {
  const item = readOutbox().find((i) => i.key === key);
  if (key === sending || !item) return undefined;
  remove(key);
  return item;
}

function markMayHaveArrived(key: string, account = owner) {
  writeAll(readAll().map((i) => (i.key === key && i.owner === account ? { ...i, mayHaveArrived: true } : i)));
}

/** Resolves when no flush is running. */
export function outboxSettled(): Promise<unknown> {
  return inFlight ?? Promise.resolve();
}

/** A failed fetch (no network), as opposed to a server that answered with an error. */
function isNetworkFailure(e: unknown): boolean {
  return !navigator.onLine || e instanceof TypeError;
}

/**
 * Sends a write now; if the network fails, queues it. Creates carry their own ids,
 * so a write that reached the server before the connection dropped is not stored twice.
 */
export async function sendOrQueue<T>(
  item: OutboxItem,
  send: (owner: string) => Promise<ActionResult<T>>,
): Promise<ActionResult<T> | { ok: 'queued' }> {
  const owner = currentOwner();
  if (held || readOutbox().length > 0) {
    enqueue(item); // keep the order: an end must not overtake its queued start
    return { ok: 'queued' };
  }
  try {
    const result = await send(owner);
    if (!result.ok && result.wrongAccount) {
      // Another account signed in (in another tab): keep the write for its own account.
      enqueue(item);
      hold();
      return { ok: 'queued' };
    }
    return result;
  } catch (e) {
    if (!isNetworkFailure(e)) {
      return { ok: false, message: 'Something went wrong on our side, so this was not saved. Please try again.' };
    }
    enqueue({ ...item, mayHaveArrived: navigator.onLine });
    return { ok: 'queued' };
  }
}

/**
 * Sends queued writes in order; stops at the first that cannot be sent yet (offline, server
 * trouble, signed out, or another account signed in) and keeps it. Returns the messages of
 * writes the server refused. Each write is sent with its owner, for the server to check.
 */
export function flushOutbox(send: (item: OutboxItem & { owner: string }) => Promise<ActionResult<unknown>>): Promise<string[]> {
  if (held) return Promise.resolve([]);
  // One flush at a time: the 'online' event, the retry timer and "Try now" can coincide,
  // and a write sent twice at once could be refused the second time (an end with nothing running).
  inFlight ??= sendInOrder(send).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function sendInOrder(send: (item: OutboxItem & { owner: string }) => Promise<ActionResult<unknown>>): Promise<string[]> {
  const refused: string[] = [];
  // The whole flush is for one account, even if the shell re-renders as another meanwhile.
  const account = currentOwner();
  // Always the oldest still queued: a write withdrawn meanwhile is skipped, and one queued
  // while this flush runs is sent by it rather than waiting for the next retry.
  for (let item = queueOf(account)[0]; item; item = queueOf(account)[0]) {
    let result: ActionResult<unknown>;
    sending = item.key;
    try {
      result = await send({ ...item, owner: account });
    } catch {
      if (navigator.onLine) markMayHaveArrived(item.key, account);
      return refused;
    } finally {
      sending = undefined;
    }
    if (!result.ok && result.signedOut) return refused;
    if (!result.ok && result.wrongAccount) {
      if (account === owner) hold();
      return refused;
    }
    if (!result.ok) refused.push(`${KIND_LABEL[item.kind]} saved offline was not accepted: ${refusalMessage(result)}`);
    remove(item.key, account);
  }
  return refused;
}

const KIND_LABEL: Record<OutboxKind, string> = {
  startEpisode: 'An episode start',
  endEpisode: 'An episode end',
  episodeDetails: 'Episode details',
  checkin: 'A night check-in',
  stretchSession: 'A stretching session',
  undoStretchSession: 'Undoing a stretching session',
  dose: 'A medication dose',
};

/** No form shows the fields of a write sent later, so say what was wrong with them ("check the highlighted fields" would point nowhere). */
function refusalMessage(result: { message: string; fieldErrors?: FieldErrors }): string {
  const fields = Object.values(firstErrors(result.fieldErrors));
  return fields.length > 0 ? fields.join(' ') : result.message;
}

/**
 * The episode started on this device and not sent yet, unless its end is queued too: after a
 * reload with no network, Today shows it running, as it did before the reload.
 */
export function queuedRunningEpisode(items: OutboxItem[]): { id: string; startedAt: string } | null {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (item.kind !== 'startEpisode') continue;
    const input = item.input as { id?: unknown; startedAt?: unknown };
    if (typeof input.id !== 'string' || typeof input.startedAt !== 'string') return null;
    const id = input.id;
    return items.some((other) => other.kind === 'endEpisode' && other.key === `end-${id}`) ? null : { id, startedAt: input.startedAt };
  }
  return null;
}
