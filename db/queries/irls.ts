import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { notFoundError } from '@/lib/errors';
import { getDb } from '../client';
import { irlsScores, type IrlsScore } from '../schema';

/** Newest first. */
export async function listIrlsScores({ userId }: { userId: string }): Promise<IrlsScore[]> {
  const db = await getDb();
  return db
    .select()
    .from(irlsScores)
    .where(eq(irlsScores.userId, userId))
    .orderBy(desc(irlsScores.scoredOn), desc(irlsScores.createdAt));
}

/** Records a total; the same create sent twice stores one row. */
export async function saveIrlsScore({
  userId,
  score,
}: {
  userId: string;
  score: { id: string; scoredOn: string; total: number };
}): Promise<IrlsScore> {
  const db = await getDb();
  const [created] = await db
    .insert(irlsScores)
    .values({ ...score, userId })
    .onConflictDoNothing()
    .returning();
  if (created) return created;
  const [existing] = await db
    .select()
    .from(irlsScores)
    .where(and(eq(irlsScores.userId, userId), eq(irlsScores.id, score.id)))
    .limit(1);
  if (!existing) throw notFoundError('That score');
  return existing;
}

export async function deleteIrlsScore({ userId, id }: { userId: string; id: string }): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .delete(irlsScores)
    .where(and(eq(irlsScores.userId, userId), eq(irlsScores.id, id)))
    .returning({ id: irlsScores.id });
  if (!row) throw notFoundError('That score');
}
