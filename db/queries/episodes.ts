import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../client';
import { episodes, type Episode } from '../schema';

export type EpisodeDetails = { bodyAreas: string[]; sensations: string[]; reliefs: string[]; notes: string };
export type EpisodeWrite = EpisodeDetails & {
  id: string;
  nightOf: string;
  startedAt: Date;
  endedAt: Date;
  severity: number;
};

const owned = (userId: string, id: string) => and(eq(episodes.userId, userId), eq(episodes.id, id));

export async function getEpisode({ userId, id }: { userId: string; id: string }): Promise<Episode | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(episodes).where(owned(userId, id)).limit(1);
  return row;
}

export async function getRunningEpisode({ userId }: { userId: string }): Promise<Episode | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(episodes)
    .where(and(eq(episodes.userId, userId), isNull(episodes.endedAt)))
    .limit(1);
  return row;
}

/**
 * Starts an episode, or returns the one already running (a second tap resumes, never duplicates).
 * Returns undefined when the id belongs to someone else.
 */
export async function startEpisode({
  userId,
  episode,
}: {
  userId: string;
  episode: { id: string; startedAt: Date; nightOf: string };
}): Promise<{ episode: Episode; resumed: boolean } | undefined> {
  const db = await getDb();
  const same = await getEpisode({ userId, id: episode.id });
  if (same) return { episode: same, resumed: false };
  const running = await getRunningEpisode({ userId });
  if (running) return { episode: running, resumed: true };
  // The partial unique index keeps a racing second start from creating another running episode.
  const [inserted] = await db
    .insert(episodes)
    .values({ ...episode, userId })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { episode: inserted, resumed: false };
  const winner = (await getEpisode({ userId, id: episode.id })) ?? (await getRunningEpisode({ userId }));
  return winner ? { episode: winner, resumed: winner.id !== episode.id } : undefined;
}

/** Ends a running episode; ending it again (a retried request) returns it unchanged. */
export async function endEpisode({
  userId,
  end,
}: {
  userId: string;
  end: { id: string; endedAt: Date; severity: number };
}): Promise<Episode | undefined> {
  const db = await getDb();
  const [updated] = await db
    .update(episodes)
    .set({ endedAt: end.endedAt, severity: end.severity, updatedAt: new Date() })
    .where(and(owned(userId, end.id), isNull(episodes.endedAt)))
    .returning();
  return updated ?? getEpisode({ userId, id: end.id });
}

/** Creates or replaces a whole episode; undefined when the id is another user's. */
export async function saveEpisode({ userId, episode }: { userId: string; episode: EpisodeWrite }) {
  const db = await getDb();
  const { id: _id, ...changes } = episode;
  const [row] = await db
    .insert(episodes)
    .values({ ...episode, userId })
    .onConflictDoUpdate({ target: episodes.id, set: { ...changes, updatedAt: new Date() }, setWhere: eq(episodes.userId, userId) })
    .returning();
  return row;
}

export async function updateEpisodeDetails({
  userId,
  id,
  details,
}: {
  userId: string;
  id: string;
  details: EpisodeDetails;
}): Promise<Episode | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(episodes)
    .set({ ...details, updatedAt: new Date() })
    .where(owned(userId, id))
    .returning();
  return row;
}

export async function deleteEpisode({ userId, id }: { userId: string; id: string }): Promise<Episode | undefined> {
  const db = await getDb();
  const [row] = await db.delete(episodes).where(owned(userId, id)).returning();
  return row;
}

export async function listEpisodesOfNight({ userId, nightOf }: { userId: string; nightOf: string }) {
  const db = await getDb();
  return db
    .select()
    .from(episodes)
    .where(and(eq(episodes.userId, userId), eq(episodes.nightOf, nightOf)))
    .orderBy(asc(episodes.startedAt));
}
