import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
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

/** Records a total; the same create sent twice stores one row. Undefined when the id is another user's. */
export async function saveIrlsScore({
  userId,
  score,
}: {
  userId: string;
  score: { id: string; scoredOn: string; total: number };
}): Promise<IrlsScore | undefined> {
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
  return existing;
}

/** False when there is no such score of the user's. */
export async function deleteIrlsScore({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .delete(irlsScores)
    .where(and(eq(irlsScores.userId, userId), eq(irlsScores.id, id)))
    .returning({ id: irlsScores.id });
  return Boolean(row);
}
