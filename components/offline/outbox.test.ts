import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionResult } from '@/lib/auth/action';
import {
  clearOutboxOf,
  enqueue,
  flushOutbox,
  otherAccountsCount,
  outboxHeld,
  outboxSettled,
  queuedRunningEpisode,
  readOutbox,
  releaseOutbox,
  sendOrQueue,
  setOutboxOwner,
  withdraw,
  type OutboxItem,
} from './outbox';

let store: Map<string, string>;

function fakeBrowser(onLine: boolean) {
  store = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  });
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('navigator', { onLine });
}

/** What is stored on the device, whoever it belongs to. */
const stored = () => JSON.parse(store.get('stillnight-outbox') ?? '[]') as OutboxItem[];
const wrongAccount: ActionResult<unknown> = { ok: false, wrongAccount: true, message: 'Another account is signed in.' };

const item = (key: string, kind: OutboxItem['kind'] = 'startEpisode'): OutboxItem => ({ key, kind, input: { id: key } });
const ok: ActionResult<unknown> = { ok: true, data: undefined };

describe('outbox', () => {
  beforeEach(() => {
    fakeBrowser(true);
    setOutboxOwner('user-a');
    releaseOutbox();
  });

  it('queues a write whose request fails for want of a network, and keeps later writes behind it', async () => {
    fakeBrowser(false);
    const queued = await sendOrQueue(item('start'), () => Promise.reject(new TypeError('Failed to fetch')));
    expect(queued).toEqual({ ok: 'queued' });
    const send = vi.fn(() => Promise.resolve(ok));
    expect(await sendOrQueue(item('end', 'endEpisode'), send)).toEqual({ ok: 'queued' });
    expect(send).not.toHaveBeenCalled();
    expect(readOutbox().map((i) => i.key)).toEqual(['start', 'end']);
  });

  it('sends in order, once, even when flushes overlap', async () => {
    enqueue(item('start'));
    enqueue(item('end', 'endEpisode'));
    const sent: string[] = [];
    const send = async (i: OutboxItem) => {
      sent.push(i.key);
      await new Promise((r) => setTimeout(r, 5));
      return ok;
    };
    const [a, b] = await Promise.all([flushOutbox(send), flushOutbox(send)]);
    expect(sent).toEqual(['start', 'end']);
    expect(a).toEqual([]);
    expect(b).toEqual([]);
    expect(readOutbox()).toEqual([]);
  });

  it('sends a write queued while a flush is running in that same flush', async () => {
    enqueue(item('start'));
    const sent: string[] = [];
    const send = async (i: OutboxItem) => {
      sent.push(i.key);
      if (i.key === 'start') enqueue(item('end', 'endEpisode'));
      return ok;
    };
    await flushOutbox(send);
    expect(sent).toEqual(['start', 'end']);
    expect(readOutbox()).toEqual([]);
  });

  it('stops at a write that cannot be sent yet and keeps it; drops refused writes with their message', async () => {
    enqueue(item('refused'));
    enqueue(item('stuck'));
    enqueue(item('after'));
    const send = (i: OutboxItem): Promise<ActionResult<unknown>> =>
      i.key === 'refused' ? Promise.resolve({ ok: false, message: 'Severity must be 0 to 10.' }) : Promise.reject(new TypeError('offline'));
    expect(await flushOutbox(send)).toEqual(['An episode start saved offline was not accepted: Severity must be 0 to 10.']);
    expect(readOutbox().map((i) => i.key)).toEqual(['stuck', 'after']);
  });

  it("never sends one account's queued writes as another's", async () => {
    enqueue(item('a-start'));
    setOutboxOwner('user-b');
    const send = vi.fn(() => Promise.resolve(ok));
    await flushOutbox(send);
    expect(send).not.toHaveBeenCalled();
    setOutboxOwner('user-a');
    expect(readOutbox().map((i) => i.key)).toEqual(['a-start']);
  });

  it('names what was wrong with a refused write, since no form shows its fields', async () => {
    enqueue(item('dose', 'dose'));
    enqueue(item('stretch', 'stretchSession'));
    const send = (i: OutboxItem): Promise<ActionResult<unknown>> =>
      Promise.resolve(
        i.kind === 'dose'
          ? { ok: false, message: 'Please check the highlighted fields.', fieldErrors: { takenAt: ['Enter a date and time'] } }
          : { ok: false, message: 'That stretch was not found.', notFound: true },
      );
    expect(await flushOutbox(send)).toEqual([
      'A medication dose saved offline was not accepted: Enter a date and time',
      'A stretching session saved offline was not accepted: That stretch was not found.',
    ]);
    expect(readOutbox()).toEqual([]);
  });

  it('takes back a queued write that has not left, so it is never sent', async () => {
    enqueue(item('stretch', 'stretchSession'));
    enqueue(item('dose', 'dose'));
    expect(withdraw('stretch')?.key).toBe('stretch');
    expect(withdraw('stretch')).toBeUndefined();
    const send = vi.fn((_: OutboxItem) => Promise.resolve(ok));
    await flushOutbox(send);
    expect(send.mock.calls.map(([i]) => i.key)).toEqual(['dose']);
  });

  it('remembers which queued writes may have reached the server: a send that failed while the device was online', async () => {
    fakeBrowser(false);
    setOutboxOwner('user-a');
    await sendOrQueue(item('offline-tap', 'stretchSession'), () => Promise.reject(new TypeError('Failed to fetch')));
    expect(withdraw('offline-tap')?.mayHaveArrived).toBe(false);

    fakeBrowser(true);
    setOutboxOwner('user-a');
    await sendOrQueue(item('lost-answer', 'stretchSession'), () => Promise.reject(new TypeError('network changed')));
    expect(withdraw('lost-answer')?.mayHaveArrived).toBe(true);

    enqueue(item('retried', 'stretchSession'));
    await flushOutbox(() => Promise.reject(new TypeError('connection reset')));
    expect(withdraw('retried')?.mayHaveArrived).toBe(true);
  });

  it('cannot take back a write on its way; undo waits for it to arrive instead', async () => {
    enqueue(item('first', 'stretchSession'));
    enqueue(item('second', 'stretchSession'));
    const sent: string[] = [];
    let arrive!: () => void;
    const send = (i: OutboxItem) => {
      sent.push(i.key);
      return i.key === 'first' ? new Promise<ActionResult<unknown>>((r) => (arrive = () => r(ok))) : Promise.resolve(ok);
    };
    const flushing = flushOutbox(send);
    await Promise.resolve();
    expect(withdraw('first')).toBeUndefined();
    // Taken back while the write before it is on its way: skipped.
    expect(withdraw('second')?.key).toBe('second');
    let settled = false;
    void outboxSettled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    arrive();
    await flushing;
    await outboxSettled();
    expect(settled).toBe(true);
    expect(sent).toEqual(['first']);
    expect(readOutbox()).toEqual([]);
  });

  it('stamps each queued write with its account and sends that account with it', async () => {
    enqueue(item('start'));
    expect(stored()).toEqual([{ ...item('start'), owner: 'user-a' }]);
    const send = vi.fn((_: OutboxItem) => Promise.resolve(ok));
    await flushOutbox(send);
    expect(send.mock.calls.map(([i]) => i.owner)).toEqual(['user-a']);

    const direct = vi.fn((_owner: string) => Promise.resolve(ok));
    await sendOrQueue(item('now'), direct);
    expect(direct).toHaveBeenCalledWith('user-a');
  });

  it("counts another account's queued writes without reading them as this one's", () => {
    enqueue(item('a-start'));
    setOutboxOwner('user-b');
    enqueue(item('b-start'));
    enqueue(item('a-start')); // the same key in another account is another write
    expect(readOutbox().map((i) => [i.key, i.owner])).toEqual([
      ['b-start', 'user-b'],
      ['a-start', 'user-b'],
    ]);
    expect(otherAccountsCount()).toBe(1);
    setOutboxOwner('user-a');
    expect(readOutbox().map((i) => i.key)).toEqual(['a-start']);
    expect(otherAccountsCount()).toBe(2);
  });

  it('keeps a write the server refused as made in another account, and does not send it again until its shell is opened', async () => {
    enqueue(item('start'));
    enqueue(item('end', 'endEpisode'));
    const send = vi.fn((_: OutboxItem) => Promise.resolve(wrongAccount));
    expect(await flushOutbox(send)).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(outboxHeld()).toBe(true);
    expect(readOutbox().map((i) => i.key)).toEqual(['start', 'end']);

    // The retry timer, "Try now" and a new tap send nothing while held.
    await flushOutbox(send);
    const direct = vi.fn(() => Promise.resolve(ok));
    expect(await sendOrQueue(item('dose', 'dose'), direct)).toEqual({ ok: 'queued' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(direct).not.toHaveBeenCalled();

    // Its owner signs in again: the queue is sent, once, in order.
    releaseOutbox();
    const sent: string[] = [];
    await flushOutbox((i) => (sent.push(i.key), Promise.resolve(ok)));
    expect(sent).toEqual(['start', 'end', 'dose']);
    expect(stored()).toEqual([]);
  });

  it('keeps a write sent now that the server refused as made in another account', async () => {
    const result = await sendOrQueue(item('start'), () => Promise.resolve(wrongAccount));
    expect(result).toEqual({ ok: 'queued' });
    expect(outboxHeld()).toBe(true);
    expect(stored()).toEqual([{ ...item('start'), owner: 'user-a' }]);
  });

  it('another account signing in on the tab lifts the hold, but never sends the first account’s writes', async () => {
    enqueue(item('a-start'));
    await flushOutbox(() => Promise.resolve(wrongAccount));
    setOutboxOwner('user-b');
    expect(outboxHeld()).toBe(false);
    const send = vi.fn(() => Promise.resolve(ok));
    await flushOutbox(send);
    expect(send).not.toHaveBeenCalled();
    expect(otherAccountsCount()).toBe(1);
  });

  it("clears one account's writes at sign-out, and those no account could send, keeping other accounts'", () => {
    store.set('stillnight-outbox', JSON.stringify([item('from-before-owners')]));
    enqueue(item('a-1'));
    enqueue(item('a-2', 'dose'));
    setOutboxOwner('user-b');
    enqueue(item('b-1'));
    clearOutboxOf('user-a');
    expect(stored().map((i) => [i.key, i.owner])).toEqual([['b-1', 'user-b']]);
    clearOutboxOf('user-b');
    expect(store.has('stillnight-outbox')).toBe(false);
  });

  it('finishes a flush for the account it began with, even if the shell turns into another account meanwhile', async () => {
    enqueue(item('a-1'));
    enqueue(item('a-2'));
    const sent: string[] = [];
    await flushOutbox(async (i) => {
      sent.push(`${i.key}@${i.owner}`);
      setOutboxOwner('user-b'); // e.g. a refresh rendered the shell for the account signed in now
      return ok;
    });
    expect(sent).toEqual(['a-1@user-a', 'a-2@user-a']);
    expect(stored()).toEqual([]);
  });
});

describe('queuedRunningEpisode', () => {
  const start = (id: string, startedAt: string): OutboxItem => ({ key: id, kind: 'startEpisode', input: { id, startedAt } });
  const end = (id: string): OutboxItem => ({ key: `end-${id}`, kind: 'endEpisode', input: { id, endedAt: '2026-01-01T03:00:00Z', severity: 4 } });

  it('is the last episode started offline while its end is not queued', () => {
    expect(queuedRunningEpisode([])).toBeNull();
    expect(queuedRunningEpisode([start('e1', '2026-01-01T02:00:00Z')])).toEqual({ id: 'e1', startedAt: '2026-01-01T02:00:00Z' });
    expect(queuedRunningEpisode([start('e1', '2026-01-01T02:00:00Z'), end('e1')])).toBeNull();
    expect(queuedRunningEpisode([start('e1', '2026-01-01T02:00:00Z'), end('e1'), start('e2', '2026-01-01T04:00:00Z')])).toEqual({
      id: 'e2',
      startedAt: '2026-01-01T04:00:00Z',
    });
  });

  it('ignores an entry that is not an episode start, and a start without its fields', () => {
    expect(queuedRunningEpisode([{ key: 's', kind: 'checkin', input: {} }])).toBeNull();
    expect(queuedRunningEpisode([{ key: 'x', kind: 'startEpisode', input: { id: 'x' } }])).toBeNull();
  });
});
