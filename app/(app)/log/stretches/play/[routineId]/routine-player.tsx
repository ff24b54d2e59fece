'use client';

import Link from 'next/link';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { logStretchSessionAction } from '@/app/(app)/log/stretches/actions';
import { sendOrQueue } from '@/components/offline/outbox';
import { StretchContextChoice } from '@/components/stretch-context-choice';
import { Button, buttonClass } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import type { RoutineItem } from '@/db/queries/stretches';
import { STRETCH_SAFETY_NOTE } from '@/lib/stretches/catalog';
import { formatMinutes } from '@/lib/stretches/format';
import {
  countdownSeconds,
  expandSteps,
  formatCountdown,
  minutesOf,
  pause,
  resume,
  skip,
  snapshot,
  startPlayer,
  totalDurationMs,
  type PlayerState,
  type Segment,
} from '@/lib/stretches/player';
import { CONTEXT_LABELS, formatHold, type StretchContext } from '@/lib/validation/stretches';
import { GentleCues } from './cues';
import { useNightTheme } from '@/components/chart-theme';

/** `at`: the device's clock when the routine ended, kept for a retry or a send from the outbox. */
type Ending = {
  partial: boolean;
  minutes: number;
  at: string;
  status: 'saving' | 'saved' | 'queued' | 'error';
  message?: string;
};

const sideLabel = (s: Segment) => (s.side === 'left' ? 'Left side' : s.side === 'right' ? 'Right side' : null);
const describe = (s: Segment) => [s.stretchName, sideLabel(s)?.toLowerCase()].filter(Boolean).join(', ');

export function RoutinePlayer({ routine, defaultContext }: { routine: RoutineItem; defaultContext: StretchContext }) {
  const [segments] = useState(() => expandSteps(routine.steps));
  const [context, setContext] = useState<StretchContext>(defaultContext);
  const [player, setPlayer] = useState<PlayerState | null>(null);
  const [now, setNow] = useState(0);
  const [ending, setEnding] = useState<Ending>();
  const [announcement, setAnnouncement] = useState('');
  const playerRef = useRef<PlayerState | null>(null);
  const lastIndex = useRef(-1);
  const sessionId = useRef<string | null>(null);
  const ended = useRef(false);
  const cues = useRef<GentleCues | null>(null);
  const night = useNightTheme();
  // Off by default at night, on by day; the person's own choice wins.
  const [cuesChoice, setCuesChoice] = useState<boolean>();
  const cuesOn = cuesChoice ?? !night;
  const dialog = useRef<HTMLDivElement>(null);
  const playing = player !== null && ending === undefined;

  function apply(next: PlayerState) {
    playerRef.current = next;
    setPlayer(next);
  }

  async function save({ partial, minutes, at }: Pick<Ending, 'partial' | 'minutes' | 'at'>) {
    setEnding({ partial, minutes, at, status: 'saving' });
    const input = {
      id: sessionId.current!,
      routineId: routine.id,
      context,
      sides: routine.steps.some((s) => s.bothSides) ? 'both' : 'none',
      totalMinutes: minutes,
      partial,
      tappedAt: at,
    } as const;
    const result = await sendOrQueue({ key: input.id, kind: 'stretchSession', input }, (owner) => logStretchSessionAction(input, owner));
    setEnding(
      result.ok === false
        ? { partial, minutes, at, status: 'error', message: result.message }
        : { partial, minutes, at, status: result.ok === 'queued' ? 'queued' : 'saved' },
    );
  }

  function finish(partial: boolean) {
    const p = playerRef.current;
    if (!p || ended.current) return;
    ended.current = true;
    const t = performance.now();
    if (!partial) cues.current?.finished();
    void save({ partial, minutes: minutesOf(snapshot(p, t).activeMs), at: new Date().toISOString() });
  }

  function advance() {
    const p = playerRef.current;
    if (!p) return;
    const t = performance.now();
    const snap = snapshot(p, t);
    if (snap.current && snap.current.index !== lastIndex.current) {
      if (lastIndex.current >= 0) cues.current?.switchSides();
      lastIndex.current = snap.current.index;
      setAnnouncement(`${describe(snap.current)}: ${formatHold(Math.round((snap.current.endMs - snap.current.startMs) / 1000))}.`);
    }
    setNow(t);
    if (snap.finished) finish(false);
  }
  const onTick = useEffectEvent(advance);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(onTick, 200);
    return () => window.clearInterval(timer);
  }, [playing]);

  // Keep the screen awake while playing; the lock drops when the page is hidden, so ask again on return.
  useEffect(() => {
    if (!playing) return;
    let lock: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = async () => {
      try {
        if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
        const next = await navigator.wakeLock.request('screen');
        if (cancelled) void next.release().catch(() => {});
        else lock = next;
      } catch {
        // not allowed or not supported: the timer still works
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void request();
    };
    void request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => {});
    };
  }, [playing]);

  useEffect(() => () => cues.current?.close(), []);

  useEffect(() => {
    if (player) dialog.current?.focus();
  }, [player === null]); // eslint-disable-line react-hooks/exhaustive-deps

  function start() {
    if (cuesOn) {
      cues.current ??= new GentleCues();
      cues.current.unlock();
    } else {
      cues.current?.close();
      cues.current = null;
    }
    sessionId.current = crypto.randomUUID();
    ended.current = false;
    lastIndex.current = -1;
    const t = performance.now();
    apply(startPlayer(segments, t));
    setNow(t);
    advance();
  }

  function togglePause() {
    const p = playerRef.current;
    if (!p) return;
    const t = performance.now();
    apply(p.pausedAt === null ? pause(p, t) : resume(p, t));
    setNow(t);
  }

  function skipSegment() {
    const p = playerRef.current;
    if (!p) return;
    apply(skip(p, performance.now()));
    advance();
  }

  if (!player) {
    return (
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{routine.name}</h1>
          <Link href="/log/stretches" className={buttonClass('ghost')}>
            Back to stretches
          </Link>
        </div>
        <ol className="space-y-1 text-night-700 dark:text-night-200">
          {routine.steps.map((s) => (
            <li key={s.position}>
              {s.stretchName}: {s.repetitions} × {formatHold(s.holdSeconds)}
              {s.bothSides ? ' each side' : ''}
            </li>
          ))}
        </ol>
        <p className="text-night-600 dark:text-night-300">
          About {formatMinutes(totalDurationMs(segments) / 60_000)} in all. {STRETCH_SAFETY_NOTE}
        </p>
        <StretchContextChoice name="context" legend="When are you stretching?" value={context} onChange={setContext} />
        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input
            type="checkbox"
            checked={cuesOn}
            onChange={(e) => setCuesChoice(e.target.checked)}
            className="size-5 accent-calm-700 dark:accent-calm-400"
          />
          Sound and vibration at each switch{night ? ' (off by default at night)' : ''}
        </label>
        <Button className="w-full text-lg sm:w-auto" onClick={start}>
          Start routine
        </Button>
      </div>
    );
  }

  const snap = snapshot(player, now);
  const current = snap.current;

  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-label={`Routine player: ${routine.name}`}
      tabIndex={-1}
      className="fixed inset-0 z-50 overflow-y-auto bg-night-50 text-night-900 outline-none dark:bg-night-950 dark:text-night-50"
    >
      <div className="mx-auto flex min-h-full max-w-xl flex-col gap-6 px-5 py-6">
        {ending ? (
          <EndScreen ending={ending} context={context} onRetry={() => void save(ending)} />
        ) : (
          <>
            <div>
              <p className="text-sm font-medium text-night-500 dark:text-night-300">{routine.name}</p>
              <div
                role="progressbar"
                aria-label="Routine progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(snap.progress * 100)}
                className="mt-2 h-3 overflow-hidden rounded-full bg-night-200 dark:bg-night-800"
              >
                <div className="h-full rounded-full bg-calm-600 dark:bg-calm-400" style={{ width: `${snap.progress * 100}%` }} />
              </div>
              {current && (
                <p className="mt-1 text-sm text-night-500 dark:text-night-300">
                  Stretch {current.stepIndex + 1} of {routine.steps.length}
                  {current.repetitions > 1 && ` · round ${current.repetition} of ${current.repetitions}`}
                </p>
              )}
            </div>

            {current && (
              <div className="flex flex-1 flex-col items-center justify-center gap-4 text-center">
                <h2 className="text-3xl font-bold">{current.stretchName}</h2>
                {sideLabel(current) && (
                  <p className="rounded-full bg-calm-400/20 px-5 py-2 text-xl font-semibold text-calm-700 dark:text-calm-400">
                    {sideLabel(current)}
                  </p>
                )}
                <p role="timer" aria-label="Time left" className="text-8xl font-bold tabular-nums">
                  {formatCountdown(countdownSeconds(snap.remainingMs))}
                </p>
                {snap.paused && <p className="text-lg font-semibold">Paused</p>}
                <p className="max-w-prose text-lg text-night-700 dark:text-night-200">{current.instructions}</p>
                <p className="text-night-600 dark:text-night-300">
                  Next up: {snap.next ? describe(snap.next) : 'the end of the routine'}
                </p>
              </div>
            )}
            <p role="status" aria-live="polite" className="sr-only">
              {announcement}
            </p>

            <div className="grid grid-cols-2 gap-3">
              <Button className="col-span-2 min-h-16 text-xl" onClick={togglePause}>
                {snap.paused ? 'Resume' : 'Pause'}
              </Button>
              <Button variant="secondary" className="min-h-14" onClick={skipSegment}>
                Skip
              </Button>
              <Button variant="secondary" className="min-h-14" onClick={() => finish(true)}>
                Stop and save
              </Button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

const HEADINGS: Record<Ending['status'], string> = {
  saving: 'Saving…',
  saved: 'Session saved',
  queued: 'Saved on this device',
  error: 'Not saved yet',
};

function EndScreen({ ending, context, onRetry }: { ending: Ending; context: StretchContext; onRetry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [ending.status]);
  const summary = `${ending.partial ? 'Stopped early after' : 'Completed:'} ${formatMinutes(ending.minutes)} of stretching${context === 'other' ? '' : `, ${CONTEXT_LABELS[context].toLowerCase()}`}.`;
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-6 text-center">
      <h2 ref={heading} tabIndex={-1} className="text-3xl font-bold outline-none">
        {HEADINGS[ending.status]}
      </h2>
      <p className="text-lg">{summary}</p>
      {ending.status === 'queued' && (
        <p className="text-lg">It is kept on this device and will be sent when you are back online.</p>
      )}
      <FormMessage message={ending.status === 'error' ? ending.message : undefined} />
      <div className="flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
        {ending.status === 'error' && <Button onClick={onRetry}>Try again</Button>}
        {(ending.status === 'saved' || ending.status === 'queued') && (
          <>
            <Link href="/log/stretches" className={buttonClass('primary')}>
              Back to stretches
            </Link>
            <Link href="/today" className={buttonClass('secondary')}>
              Today
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
