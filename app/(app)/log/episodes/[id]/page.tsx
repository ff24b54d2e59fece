import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEpisode } from '@/db/queries/episodes';
import { EpisodeForm } from '@/components/episode-form';
import { requireUser } from '@/lib/auth/current-user';
import { instantToWallTime } from '@/lib/nights';
import { uuidSchema } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Edit episode' };

export default async function EditEpisodePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const episode = await getEpisode({ userId: user.id, id });
  if (!episode) notFound();
  return (
    <div className="space-y-4">
      <Link href={`/history/${episode.nightOf}`} className="text-sm font-medium text-calm-700 underline dark:text-calm-400">
        ← Back to the night
      </Link>
      <h1 className="text-2xl font-bold">Edit episode</h1>
      <EpisodeForm
        initial={{
          id: episode.id,
          startedAt: instantToWallTime(episode.startedAt, user.timeZone),
          endedAt: episode.endedAt ? instantToWallTime(episode.endedAt, user.timeZone) : null,
          severity: episode.severity,
          bodyAreas: episode.bodyAreas,
          sensations: episode.sensations,
          reliefs: episode.reliefs,
          notes: episode.notes,
        }}
      />
    </div>
  );
}
