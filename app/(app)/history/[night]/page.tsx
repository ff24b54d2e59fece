import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getNightDetail } from '@/db/queries/nights';
import { NightCheckinCard } from '@/components/night-checkin-card';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import { BODY_AREA_LABELS, RELIEF_LABELS, SENSATION_LABELS, severityAnchor } from '@/lib/episodes/vocabulary';
import { addDays, formatNight, instantToClock, instantToWallTime, isCalendarDate, tonightOf } from '@/lib/nights';

export const metadata: Metadata = { title: 'Night' };

const labelled = (labels: Record<string, string>, values: string[]) => values.map((v) => labels[v] ?? v).join(', ');

export default async function NightPage({ params }: { params: Promise<{ night: string }> }) {
  const user = await requireUser();
  const { night } = await params;
  if (!isCalendarDate(night) || night > tonightOf(new Date(), user.timeZone)) notFound();
  const detail = await getNightDetail({ userId: user.id, timeZone: user.timeZone, nightOf: night });
  const clock = (d: Date) => instantToClock(d, user.timeZone);
  const wall = (d: Date | null | undefined) => (d ? instantToWallTime(d, user.timeZone) : null);
  const title = formatNight(night, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-2">
        <Link href={`/history?month=${night.slice(0, 7)}`} className="text-sm font-medium text-calm-700 underline dark:text-calm-400">
          ← Calendar
        </Link>
        <div className="flex gap-1">
          <Link href={`/history/${addDays(night, -1)}`} className={buttonClass('ghost')} aria-label="Previous night">
            ←
          </Link>
          {night < tonightOf(new Date(), user.timeZone) && (
            <Link href={`/history/${addDays(night, 1)}`} className={buttonClass('ghost')} aria-label="Next night">
              →
            </Link>
          )}
        </div>
      </div>
      <h1 className="text-2xl font-bold">Night of {title}</h1>
      <NightCheckinCard
        title="Check-in and sleep"
        nightOf={night}
        summary={detail.record}
        showLink={false}
        sleep={{
          id: detail.checkin?.id ?? null,
          bedtime: wall(detail.checkin?.bedtime),
          wakeTime: wall(detail.checkin?.wakeTime),
          hoursSlept: detail.checkin?.hoursSlept ?? null,
          awakenings: detail.checkin?.awakenings ?? null,
          sleepQuality: detail.checkin?.sleepQuality ?? null,
        }}
      />
      <Card className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">Episodes</h2>
          <Link href={`/log/episodes/new?night=${night}`} className={buttonClass('secondary')}>
            Add an episode
          </Link>
        </div>
        {detail.episodes.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">No episodes logged for this night.</p>
        ) : (
          <ul className="space-y-3">
            {detail.episodes.map((e) => (
              <li key={e.id} className="rounded-xl p-3 ring-1 ring-night-100 dark:ring-night-800">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-semibold">
                    {clock(e.startedAt)}–{e.endedAt ? clock(e.endedAt) : 'still going'} ·{' '}
                    {e.severity === null ? 'not rated yet' : `severity ${e.severity} (${severityAnchor(e.severity).toLowerCase()})`}
                  </p>
                  <Link href={`/log/episodes/${e.id}`} className="text-sm font-medium text-calm-700 underline dark:text-calm-400">
                    Edit<span className="sr-only"> episode at {clock(e.startedAt)}</span>
                  </Link>
                </div>
                {e.bodyAreas.length > 0 && <p className="text-sm">Where: {labelled(BODY_AREA_LABELS, e.bodyAreas)}</p>}
                {e.sensations.length > 0 && <p className="text-sm">Felt: {labelled(SENSATION_LABELS, e.sensations)}</p>}
                {e.reliefs.length > 0 && <p className="text-sm">Helped: {labelled(RELIEF_LABELS, e.reliefs)}</p>}
                {e.notes && <p className="text-sm text-night-600 dark:text-night-300">{e.notes}</p>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="space-y-2">
        <h2 className="text-lg font-semibold">Stretching, medication and the day</h2>
        {detail.stretchSessions.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">No stretching logged.</p>
        ) : (
          <ul className="text-sm">
            {detail.stretchSessions.map((s) => (
              <li key={s.id}>
                {clock(s.performedAt)} · stretching {s.context === 'before_bed' ? 'before bed' : s.context === 'during_episode' ? 'during an episode' : ''}
                {s.totalMinutes ? ` · ${Math.round(s.totalMinutes)} min` : ''}
                {s.partial ? ' · stopped early' : ''}
              </li>
            ))}
          </ul>
        )}
        {detail.doses.length > 0 && (
          <ul className="text-sm">
            {detail.doses.map((d) => (
              <li key={d.id}>
                {clock(d.takenAt)} · {d.name} {d.dose}
              </li>
            ))}
          </ul>
        )}
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/log/factors?day=${night}`} className="font-medium text-calm-700 underline dark:text-calm-400">
            {detail.factors ? 'Edit the day’s factors' : 'Add the day’s factors'}
          </Link>
          <Link href="/log/stretches" className="font-medium text-calm-700 underline dark:text-calm-400">
            Stretch sessions
          </Link>
          <Link href="/log/medications" className="font-medium text-calm-700 underline dark:text-calm-400">
            Medications and doses
          </Link>
        </p>
      </Card>
    </div>
  );
}
