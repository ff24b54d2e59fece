import type { Metadata } from 'next';
import { EpisodeForm } from '@/components/episode-form';
import { requireUser } from '@/lib/auth/current-user';
import { addDays, instantToWallTime, isCalendarDate, lastNightOf } from '@/lib/nights';

export const metadata: Metadata = { title: 'Log an episode' };

export default async function NewEpisodePage({ searchParams }: { searchParams: Promise<{ night?: string }> }) {
  const user = await requireUser();
  const { night } = await searchParams;
  const now = new Date();
  const defaultNight = night && isCalendarDate(night) ? night : null;
  // A past night defaults to 23:00 that evening; otherwise the form starts at "now".
  const defaultStart = defaultNight ? `${defaultNight}T23:00` : instantToWallTime(new Date(now.getTime() - 30 * 60_000), user.timeZone);
  const defaultEnd = defaultNight ? `${addDays(defaultNight, 1)}T00:00` : instantToWallTime(now, user.timeZone);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Log an episode</h1>
      <p className="text-night-600 dark:text-night-300">
        Times are in your time zone ({user.timeZone}). Last night was {lastNightOf(now, user.timeZone)}.
      </p>
      <EpisodeForm defaultStart={defaultStart} defaultEnd={defaultEnd} />
    </div>
  );
}
