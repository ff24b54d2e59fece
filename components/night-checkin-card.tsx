'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveNightCheckin } from '@/app/(app)/today/actions';
import { EpisodeForm } from '@/components/episode-form';
import { sendOrQueue } from '@/components/offline/outbox';
import { useOutboxMessage, useStillQueued, type OutboxMessage } from '@/components/offline/use-still-queued';
import { SleepForm, type SleepInitial } from '@/components/sleep-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/field';
import { describeNight } from '@/components/night-summary-text';
import { addDays, type NightRecord } from '@/lib/nights';

const QUEUED_TEXT = 'Saved on this device; it will be sent when you reconnect.';

const hasSleep = (s: SleepInitial) =>
  [s.bedtime, s.wakeTime, s.hoursSlept, s.awakenings, s.sleepQuality].some((v) => v !== null);

/** A night at a glance, and the one-tap check-in when it is not logged yet. */
export function NightCheckinCard({
  title,
  nightOf,
  summary,
  sleep,
  showLink = true,
  noSymptomsLabel = 'No symptoms that night',
}: {
  title: string;
  nightOf: string;
  summary: NightRecord;
  sleep: SleepInitial;
  showLink?: boolean;
  noSymptomsLabel?: string;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<'summary' | 'symptoms' | 'sleep'>('summary');
  const [message, setMessage] = useState<OutboxMessage>();
  const shown = useOutboxMessage(message);
  const [busy, setBusy] = useState(false);
  const key = `checkin-${nightOf}`;
  // Read from the device queue itself, so a page reloaded offline still shows the queued check-in;
  // once sent, the refreshed summary from the server says what the night is.
  const queued = useStillQueued(key);

  async function noSymptoms() {
    const input = { id: crypto.randomUUID(), nightOf, hadSymptoms: false };
    setBusy(true);
    const result = await sendOrQueue({ key, kind: 'checkin', input }, (owner) => saveNightCheckin(input, owner));
    setBusy(false);
    if (result.ok === false) return setMessage({ text: result.message, tone: 'error' });
    const saved = 'Saved: a night without symptoms.';
    if (result.ok === true) {
      setMessage({ text: saved, tone: 'success' });
      router.refresh();
    } else {
      setMessage({ text: QUEUED_TEXT, tone: 'success', whenSent: { key, text: saved } });
    }
  }

  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        {showLink && (
          <Link
            href={`/history/${nightOf}`}
            className="inline-flex min-h-11 items-center text-sm font-medium text-calm-700 underline dark:text-calm-400"
          >
            Open night
          </Link>
        )}
      </div>
      <FormMessage message={shown?.text ?? (queued ? QUEUED_TEXT : undefined)} tone={shown?.tone ?? 'success'} />
      <p className="text-xl font-semibold" data-testid="last-night-status">
        {queued ? 'No symptoms (waiting to send)' : describeNight(summary)}
      </p>
      {summary.status === 'unknown' && mode === 'summary' && !queued && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Button className="min-h-16 text-lg" onClick={noSymptoms} disabled={busy} data-shortcut="no-symptoms">
            {noSymptomsLabel}
          </Button>
          <Button variant="secondary" className="min-h-16 text-lg" onClick={() => setMode('symptoms')}>
            I had symptoms
          </Button>
        </div>
      )}
      {mode === 'symptoms' && (
        <div className="space-y-3">
          <h3 className="font-semibold">Log an episode for that night</h3>
          <EpisodeForm
            defaultStart={`${nightOf}T23:00`}
            defaultEnd={`${addDays(nightOf, 1)}T00:00`}
            onSaved={() => {
              setMode('summary');
              setMessage({ text: 'Episode saved.', tone: 'success' });
            }}
          />
          <Button variant="ghost" onClick={() => setMode('summary')}>
            Cancel
          </Button>
        </div>
      )}
      {summary.status !== 'unknown' &&
        (mode === 'sleep' ? (
          <SleepForm nightOf={nightOf} hadSymptoms={summary.status === 'episodes'} initial={sleep} />
        ) : (
          <Button variant="secondary" onClick={() => setMode('sleep')}>
            {hasSleep(sleep) ? 'Edit sleep' : 'Add sleep details'}
          </Button>
        ))}
    </Card>
  );
}
