import type { Metadata } from 'next';
import Link from 'next/link';
import { StretchQuickLog } from '@/components/stretch-quick-log';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { listRoutines, listStretches, listStretchSessions } from '@/db/queries/stretches';
import { requireUser } from '@/lib/auth/current-user';
import { addDays, instantToWallTime, tonightOf } from '@/lib/nights';
import { defaultContextForHour } from '@/lib/stretches/context';
import { describeSession, formatSessionTime } from '@/lib/stretches/format';
import { CONTEXT_LABELS, formatHold, type StretchContext } from '@/lib/validation/stretches';
import { DeleteRoutineButton, DeleteSessionButton } from './delete-buttons';
import { StretchLogForm } from './stretch-log-form';

export const metadata: Metadata = { title: 'Stretches' };

const RECENT_NIGHTS = 14;

export default async function StretchesPage() {
  const user = await requireUser();
  const now = new Date();
  const tonight = tonightOf(now, user.timeZone);
  const [stretches, routines, sessions] = await Promise.all([
    listStretches({ userId: user.id, includeArchived: false }),
    listRoutines({ userId: user.id }),
    listStretchSessions({ userId: user.id, from: addDays(tonight, -(RECENT_NIGHTS - 1)), to: tonight }),
  ]);
  const wallNow = instantToWallTime(now, user.timeZone);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Stretches</h1>
        <Link href="/log/stretches/catalog" className={buttonClass('secondary')}>
          Stretch catalog
        </Link>
      </div>

      <StretchQuickLog routines={routines} stretches={stretches} timeZone={user.timeZone} />

      <Card>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-lg font-semibold">Routines</h2>
          <Link href="/log/stretches/routines/new" className={buttonClass('secondary')}>
            New routine
          </Link>
        </div>
        {routines.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">
            No routines yet. A routine is an ordered set of stretches you can play with a timer, e.g. “Bedtime: calf 2 ×
            30 s, hamstring 2 × 15 s”.
          </p>
        ) : (
          <ul className="divide-y divide-night-100 dark:divide-night-800">
            {routines.map((r) => (
              <li key={r.id} aria-label={r.name} className="space-y-3 py-4 first:pt-0 last:pb-0">
                <div>
                  <h3 className="text-base font-semibold">{r.name}</h3>
                  <p className="text-sm text-night-600 dark:text-night-300">
                    {r.steps
                      .map((s) => `${s.stretchName} ${s.repetitions} × ${formatHold(s.holdSeconds)}${s.bothSides ? ' each side' : ''}`)
                      .join(', ')}
                  </p>
                </div>
                <div className="flex flex-wrap items-start gap-3">
                  <Link href={`/log/stretches/play/${r.id}`} className={buttonClass('primary')}>
                    Play {r.name}
                  </Link>
                  <Link href={`/log/stretches/routines/${r.id}`} className={buttonClass('secondary')}>
                    Edit {r.name}
                  </Link>
                  <DeleteRoutineButton routineId={r.id} name={r.name} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">Log a session in detail</h2>
        <StretchLogForm
          stretches={stretches}
          routines={routines}
          now={wallNow}
          timeZone={user.timeZone}
          defaultContext={defaultContextForHour(Number(wallNow.slice(11, 13)))}
        />
      </Card>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">Recent sessions</h2>
        {sessions.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">No stretch sessions in the last {RECENT_NIGHTS} nights.</p>
        ) : (
          <ul aria-label="Recent sessions" className="divide-y divide-night-100 dark:divide-night-800">
            {sessions.map((s) => {
              const what = s.stretchName ?? s.routineName ?? 'Deleted routine';
              const details = describeSession(s);
              return (
                <li key={s.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
                  <div>
                    <p className="font-semibold">
                      {what}
                      {s.partial && (
                        <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                          Stopped early
                        </span>
                      )}
                    </p>
                    <p className="text-sm text-night-600 dark:text-night-300">
                      {formatSessionTime(s.performedAt, user.timeZone)} ·{' '}
                      {CONTEXT_LABELS[s.context as StretchContext] ?? s.context}
                      {details && ` · ${details}`}
                    </p>
                  </div>
                  <DeleteSessionButton sessionId={s.id} what={what} />
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
