'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { endEpisodeNow, saveEpisodeDetails, startEpisodeNow } from '@/app/(app)/log/episodes/actions';
import { EpisodeDetailsFields, type EpisodeDetailsValue } from '@/components/episode-details-fields';
import { queuedRunningEpisode, readOutbox, sendOrQueue, subscribeOutbox } from '@/components/offline/outbox';
import { useOutboxMessage, type OutboxMessage } from '@/components/offline/use-still-queued';
import { SeverityScale } from '@/components/severity-scale';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/field';
import { MAX_EPISODE_MS } from '@/lib/episodes/times';
import { firstErrors } from '@/lib/validation/field-errors';

export type RunningEpisode = { id: string; startedAt: string };

type Phase =
  | { name: 'idle' }
  | { name: 'running'; episode: RunningEpisode; rating: boolean }
  | { name: 'ended'; id: string; severity: number };

function elapsed(fromIso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The one-tap episode logger: start, a running timer, end with one tap on the severity. */
export function EpisodeNow({ running, timeZone }: { running: RunningEpisode | null; timeZone: string }) {
  const router = useRouter();
  const [localPhase, setPhase] = useState<Phase>(running ? { name: 'running', episode: running, rating: false } : { name: 'idle' });
  // The page may be the service worker's copy, older than an episode started offline since (or
  // than one started elsewhere that a refresh has since brought): then it is running.
  const queuedJson = useSyncExternalStore(subscribeOutbox, () => JSON.stringify(queuedRunningEpisode(readOutbox())), () => 'null');
  const runningNow = (JSON.parse(queuedJson) as RunningEpisode | null) ?? running;
  const phase: Phase = localPhase.name === 'idle' && runningNow ? { name: 'running', episode: runningNow, rating: false } : localPhase;
  const [message, setMessage] = useState<OutboxMessage>();
  const shown = useOutboxMessage(message);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  // Focus follows the flow only after a tap, never on page load.
  const [interacted, setInteracted] = useState(false);

  useEffect(() => {
    if (phase.name !== 'running') return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [phase.name]);

  async function start() {
    setInteracted(true);
    const input = { id: crypto.randomUUID(), startedAt: new Date().toISOString() };
    setBusy(true);
    const result = await sendOrQueue({ key: input.id, kind: 'startEpisode', input }, (owner) => startEpisodeNow(input, owner));
    setBusy(false);
    setNow(Date.now());
    if (result.ok === 'queued') {
      setMessage({
        text: 'You are offline: the episode is kept on this device and sent when you reconnect.',
        tone: 'success',
        whenSent: { key: input.id, text: 'The episode’s start has been sent.' },
      });
      setPhase({ name: 'running', episode: input, rating: false });
    } else if (result.ok) {
      setMessage(result.data.resumed ? { text: 'An episode was already running, so it carries on.', tone: 'success' } : undefined);
      setPhase({ name: 'running', episode: { id: result.data.id, startedAt: result.data.startedAt }, rating: false });
      router.refresh();
    } else {
      setMessage({ text: result.message, tone: 'error' });
    }
  }

  async function end(episode: RunningEpisode, severity: number) {
    setInteracted(true);
    const input = { id: episode.id, endedAt: new Date().toISOString(), severity };
    setBusy(true);
    const result = await sendOrQueue({ key: `end-${episode.id}`, kind: 'endEpisode', input }, (owner) => endEpisodeNow(input, owner));
    setBusy(false);
    if (result.ok === true || result.ok === 'queued') {
      setMessage(
        result.ok === 'queued'
          ? {
              text: 'Saved on this device; it will be sent when you reconnect.',
              tone: 'success',
              whenSent: { key: `end-${episode.id}`, text: 'Episode saved.' },
            }
          : { text: 'Episode saved.', tone: 'success' },
      );
      setPhase({ name: 'ended', id: episode.id, severity });
      // Offline, a refresh would try the network and fall back to a full page load.
      if (result.ok === true) router.refresh();
    } else {
      setMessage({ text: result.message, tone: 'error' });
    }
  }

  return (
    <Card className="space-y-4">
      <FormMessage message={shown?.text} tone={shown?.tone} />
      {/* After an episode ends its details are optional: a new episode is still one tap away. */}
      {phase.name !== 'running' && (
        <Button
          className="min-h-20 w-full text-xl"
          onClick={start}
          disabled={busy}
          data-shortcut="start-episode"
          autoFocus={interacted && phase.name === 'idle'}
        >
          Episode started
        </Button>
      )}
      {phase.name === 'running' && (
        <>
          <div className="text-center" aria-live="off">
            <p className="text-sm font-medium text-night-600 dark:text-night-300">
              Episode in progress since{' '}
              {new Date(phase.episode.startedAt).toLocaleTimeString([], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}
            </p>
            <p className="font-mono text-5xl font-bold tabular-nums" role="timer">
              <span className="sr-only">Time since it started: </span>
              {elapsed(phase.episode.startedAt, now)}
            </p>
          </div>
          {now - Date.parse(phase.episode.startedAt) > MAX_EPISODE_MS && (
            <p className="rounded-xl bg-amber-100 px-4 py-3 text-amber-950 dark:bg-amber-900 dark:text-amber-50">
              This episode started more than a day ago, so it probably ended long since.{' '}
              <Link href={`/log/episodes/${phase.episode.id}`} className="font-semibold underline">
                Enter when it ended
              </Link>
            </p>
          )}
          {phase.rating ? (
            <>
              <SeverityScale
                label="How bad was it at its worst?"
                onPick={(s) => end(phase.episode, s)}
                disabled={busy}
                autoFocus
              />
              <Button variant="ghost" onClick={() => setPhase({ ...phase, rating: false })}>
                Not yet, it is still going
              </Button>
            </>
          ) : (
            <Button
              className="min-h-20 w-full text-xl"
              autoFocus={interacted}
              onClick={() => setPhase({ ...phase, rating: true })}
            >
              Episode ended
            </Button>
          )}
        </>
      )}
      {phase.name === 'ended' && (
        <EndedDetails id={phase.id} severity={phase.severity} onDone={() => (setPhase({ name: 'idle' }), setMessage(undefined))} />
      )}
    </Card>
  );
}

function EndedDetails({ id, severity, onDone }: { id: string; severity: number; onDone: () => void }) {
  const [details, setDetails] = useState<EpisodeDetailsValue>({ bodyAreas: [], sensations: [], reliefs: [] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const recorded = useRef<HTMLParagraphElement>(null);
  // The severity buttons are gone: focus the sentence that says it was recorded (details come next, a new start just above).
  useEffect(() => recorded.current?.focus(), []);

  async function save() {
    const input = { id, ...details, notes: '' };
    setBusy(true);
    const result = await sendOrQueue({ key: `details-${id}`, kind: 'episodeDetails', input }, (owner) => saveEpisodeDetails(input, owner));
    setBusy(false);
    if (result.ok === false) setErrors(firstErrors(result.fieldErrors));
    else onDone();
  }

  return (
    <div className="space-y-4">
      <p ref={recorded} tabIndex={-1} className="outline-none">
        Severity <strong>{severity}</strong> recorded. Add details if you like (optional):
      </p>
      <EpisodeDetailsFields value={details} onChange={setDetails} errors={errors} />
      <div className="flex flex-wrap gap-3">
        <Button onClick={save} disabled={busy}>
          Save details
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
