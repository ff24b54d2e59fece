import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { analysisCache, users } from '../schema';

/**
 * The analysis `kind` of the user for `inputs`, from the cache while the user's data is unchanged
 * (`users.data_version`, bumped by triggers on every write), else worked out by `compute` and kept.
 * The version is read before `compute` reads the data: a write in between leaves the new result
 * labelled with the old version, so it is worked out again next time rather than served stale.
 * `compute` must return plain JSON (no functions, dates or non-finite numbers).
 */
export async function cachedAnalysis<T>({
  userId,
  kind,
  inputs,
  compute,
}: {
  userId: string;
  kind: string;
  inputs: string;
  compute: () => Promise<T>;
}): Promise<T> {
  const db = await getDb();
  const [row] = await db
    .select({ version: users.dataVersion, cachedVersion: analysisCache.dataVersion, cachedInputs: analysisCache.inputs, payload: analysisCache.payload })
    .from(users)
    .leftJoin(analysisCache, and(eq(analysisCache.userId, users.id), eq(analysisCache.kind, kind)))
    .where(eq(users.id, userId));
  if (!row) return compute();
  if (row.cachedVersion === row.version && row.cachedInputs === inputs) return row.payload as T;
  const value = await compute();
  const kept = { inputs, dataVersion: row.version, payload: value, updatedAt: new Date() };
  await db
    .insert(analysisCache)
    .values({ userId, kind, ...kept })
    .onConflictDoUpdate({ target: [analysisCache.userId, analysisCache.kind], set: kept });
  return value;
}
