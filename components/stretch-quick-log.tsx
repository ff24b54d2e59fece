'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { deleteStretchSessionAction, logStretchSessionAction } from '@/app/(app)/log/stretches/actions';
import { outboxSettled, sendOrQueue, withdraw } from '@/components/offline/outbox';
import { undoStretchSession } from '@/components/offline/senders';
import { useStillQueued } from '@/components/offline/use-still-queued';
import { StretchContextChoice } from '@/components/stretch-context-choice';
import { Button, buttonClass } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import type { RoutineItem, StretchItem } from '@/db/queries/stretches';
import { instantToClock } from '@/lib/nights';
import { defaultContextForHour } from '@/lib/stretches/context';
import { CONTEXT_LABELS, formatHold, type StretchContext } from '@/lib/stretches/vocabulary';

export type { RoutineItem, StretchItem };

/** `queued`: kept on this device until the connection returns. */
type Logged = { sessionId: string; text: string; queued: boolean; sentText: string };

/**
 * "I stretched" for the Today screen: two taps to log a stretch, or to start a routine's timer.
 * Props come straight from listRoutines / listStretches.
 */
export function StretchQuickLog({
  routines,
  stretches,
  timeZone,
}: {
  routines: RoutineItem[];
  stretches: StretchItem[];
  timeZone: string;
}) {
  const router = useRouter();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [context, setContext] = useState<StretchContext>('before_bed');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [logged, setLogged] = useState<Logged>();
  const stillQueued = useStillQueued(logged?.queued ? logged.sessionId : undefined);
  // One id per intended entry: a retry of the same tap never stores a second row.
  const attempt = useRef<{ key: string; id: string } | null>(null);
  const visible = stretches.filter((s) => !s.archived);

  function openPanel() {
    setContext(defaultContextForHour(Number(instantToClock(new Date(), timeZone).slice(0, 2))));
    setError(undefined);
    setLogged(undefined);
    setOpen(true);
  }

  async function log(stretch: StretchItem) {
    const key = `${stretch.id}:${context}`;
    if (attempt.current?.key !== key) attempt.current = { key, id: crypto.randomUUID() };
    const input = {
      id: attempt.current.id,
      stretchId: stretch.id,
      context,
      sides: stretch.perSide ? 'both' : 'none',
      holdSeconds: stretch.defaultHoldSeconds,
      repetitions: 1,
      tappedAt: new Date().toISOString(),
    } as const;
    setPending(true);
    setError(undefined);
    const result = await sendOrQueue({ key: input.id, kind: 'stretchSession', input }, (owner) => logStretchSessionAction(input, owner));
    setPending(false);
    if (result.ok === false) return setError(result.message);
    attempt.current = null;
    const what = `${stretch.name}, ${CONTEXT_LABELS[context].toLowerCase()}`;
    if (result.ok === 'queued') {
      setLogged({
        sessionId: input.id,
        text: `Saved on this device: ${what}. It will be sent when you reconnect.`,
        queued: true,
        sentText: `Logged: ${what}.`,
      });
    } else {
      setLogged({ sessionId: result.data.id, text: `Logged: ${what}.`, queued: false, sentText: `Logged: ${what}.` });
      // Offline, a refresh would try the network and fall back to a full page load.
      router.refresh();
    }
  }

  async function undo({ sessionId, queued }: Logged) {
    const takenBack = queued ? withdraw(sessionId) : undefined;
    if (takenBack) {
      // The failed send may have reached the server after all: delete it there too (nothing found is fine).
      if (takenBack.mayHaveArrived) {
        const input = { sessionId };
        await sendOrQueue({ key: `undo-${sessionId}`, kind: 'undoStretchSession', input }, (owner) => undoStretchSession(input, owner));
      }
      return setLogged(undefined);
    }
    setPending(true);
    try {
      // It may be on its way from the outbox: delete it once it has arrived.
      await outboxSettled();
      const result = await deleteStretchSessionAction({ sessionId });
      if (!result.ok) return setError(result.message);
      setLogged(undefined);
      router.refresh();
    } catch {
      setError('Could not reach Stillnight. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-3">
      <Button
        variant="secondary"
        className="w-full"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? setOpen(false) : openPanel())}
      >
        I stretched
      </Button>
      {open && (
        <section
          id={panelId}
          aria-label="Log a stretch"
          className="space-y-5 rounded-2xl bg-white p-4 ring-1 ring-night-100 dark:bg-night-900 dark:ring-night-800"
        >
          <StretchContextChoice name={`${panelId}-context`} value={context} onChange={setContext} />
          {logged && (
            <div className="flex flex-wrap items-center gap-3">
              <FormMessage message={stillQueued || !logged.queued ? logged.text : logged.sentText} tone="success" />
              <Button variant="ghost" disabled={pending} onClick={() => undo(logged)}>
                Undo
              </Button>
            </div>
          )}
          <FormMessage message={error} />
          {routines.length > 0 && (
            <div>
              <h3 className="mb-2 text-sm font-medium">Play a routine</h3>
              <ul className="grid gap-2 sm:grid-cols-2">
                {routines.map((r) => (
                  <li key={r.id}>
                    <Link
                      href={`/log/stretches/play/${r.id}?context=${context}`}
                      className={buttonClass('primary', 'w-full')}
                    >
                      Play {r.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h3 className="mb-2 text-sm font-medium">Log one stretch</h3>
            <ul className="grid gap-2 sm:grid-cols-2">
              {visible.map((s) => (
                <li key={s.id}>
                  <Button
                    variant="secondary"
                    disabled={pending}
                    className="h-full w-full flex-col items-start py-2 text-left"
                    onClick={() => log(s)}
                  >
                    <span>{s.name}</span>
                    <span className="text-sm font-normal text-night-500 dark:text-night-300">
                      {formatHold(s.defaultHoldSeconds)}
                      {s.perSide ? ' each side' : ''}
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          </div>
          <div className="flex flex-wrap gap-3">
            <Link href="/log/stretches" className={buttonClass('ghost')}>
              More options
            </Link>
            <Button variant="ghost" onClick={() => setOpen(false)}>
              Close
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
