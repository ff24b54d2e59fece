import type { Metadata } from 'next';
import { getCheckin } from '@/db/queries/checkins';
import { conditionNames } from '@/db/queries/experiment-views';
import { getActiveExperiment } from '@/db/queries/experiments';
import { getRunningEpisode } from '@/db/queries/episodes';
import { listNightRecords } from '@/db/queries/night-records';
import { getFactorsFormData } from '@/db/queries/factors';
import { listRoutines, listStretches } from '@/db/queries/stretches';
import { EpisodeNow } from '@/components/episode-now';
import { NightCheckinCard } from '@/components/night-checkin-card';
import { StretchQuickLog } from '@/components/stretch-quick-log';
import { TodayFactorsForm } from '@/components/today-factors-form';
import { TrendsSummaryCard } from '@/components/trends-summary-card';
import { TonightExperimentCard } from '@/components/tonight-experiment-card';
import { ShortcutAction } from '@/components/pwa/shortcut-action';
import { requireUser } from '@/lib/auth/current-user';
import { formatNight, instantToWallTime, lastNightOf, localDateOf, tonightOf } from '@/lib/nights';

export const metadata: Metadata = { title: 'Today' };

export default async function TodayPage() {
  const user = await requireUser();
  const now = new Date();
  const tonight = tonightOf(now, user.timeZone);
  const lastNight = lastNightOf(now, user.timeZone);
  const day = localDateOf(now, user.timeZone);
  const [running, [lastNightSummary], checkin, routines, stretches, factors, experiment, names] = await Promise.all([
    getRunningEpisode({ userId: user.id }),
    listNightRecords({ userId: user.id, timeZone: user.timeZone, from: lastNight, to: lastNight, include: { stretching: false } }),
    getCheckin({ userId: user.id, nightOf: lastNight }),
    listRoutines({ userId: user.id }),
    listStretches({ userId: user.id, includeArchived: false }),
    getFactorsFormData({ userId: user.id, day }),
    getActiveExperiment({ userId: user.id, tonight: day }),
    conditionNames({ userId: user.id }),
  ]);
  const wall = (d: Date | null) => (d ? instantToWallTime(d, user.timeZone) : null);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">Hello, {user.displayName}</h1>
        <p className="text-night-600 dark:text-night-300">Tonight is the night of {formatNight(tonight)}.</p>
      </div>
      <EpisodeNow
        timeZone={user.timeZone}
        running={running ? { id: running.id, startedAt: running.startedAt.toISOString() } : null}
      />
      <NightCheckinCard
        title={`Last night · ${formatNight(lastNight)}`}
        nightOf={lastNight}
        noSymptomsLabel="Last night: no symptoms"
        summary={lastNightSummary!}
        sleep={{
          id: checkin?.id ?? null,
          bedtime: wall(checkin?.bedtime ?? null),
          wakeTime: wall(checkin?.wakeTime ?? null),
          hoursSlept: checkin?.hoursSlept ?? null,
          awakenings: checkin?.awakenings ?? null,
          sleepQuality: checkin?.sleepQuality ?? null,
        }}
      />
      <StretchQuickLog routines={routines} stretches={stretches} timeZone={user.timeZone} />
      <TodayFactorsForm day={day} data={factors} />
      <TrendsSummaryCard userId={user.id} timeZone={user.timeZone} />
      <TonightExperimentCard plan={experiment} names={names} tonight={day} />
      <ShortcutAction />
    </div>
  );
}
