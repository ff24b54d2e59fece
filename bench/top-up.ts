import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '../db/client';
import { episodes, stretchSessions } from '../db/schema';

const CHUNK = 500;

/**
 * The demo generator gives a five-year user ≈ 2,100 episodes and ≈ 3,000 stretch sessions; the
 * benchmark's user has ≈ 3,000 and ≈ 5,000. Extra rows are copies of existing ones later the same
 * night (an episode 90 minutes on, a session 5 minutes on), so every night keeps its date.
 */
export async function topUpFiveYearUser(userId: string, target = { episodes: 3000, stretchSessions: 5000 }) {
  const db = await getDb();
  const ownEpisodes = await db.select().from(episodes).where(eq(episodes.userId, userId));
  const extraEpisodes = ownEpisodes.slice(0, Math.max(0, target.episodes - ownEpisodes.length)).map((e) => ({
    ...e,
    id: randomUUID(),
    startedAt: new Date(e.startedAt.getTime() + 90 * 60_000),
    endedAt: e.endedAt && new Date(e.endedAt.getTime() + 90 * 60_000),
  }));
  const ownSessions = await db.select().from(stretchSessions).where(eq(stretchSessions.userId, userId));
  const extraSessions = ownSessions.slice(0, Math.max(0, target.stretchSessions - ownSessions.length)).map((s) => ({
    ...s,
    id: randomUUID(),
    performedAt: new Date(s.performedAt.getTime() + 5 * 60_000),
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < extraEpisodes.length; i += CHUNK) await tx.insert(episodes).values(extraEpisodes.slice(i, i + CHUNK));
    for (let i = 0; i < extraSessions.length; i += CHUNK) {
      await tx.insert(stretchSessions).values(extraSessions.slice(i, i + CHUNK));
    }
  });
  return { episodes: ownEpisodes.length + extraEpisodes.length, stretchSessions: ownSessions.length + extraSessions.length };
}
