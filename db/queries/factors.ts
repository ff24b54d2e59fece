import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import {
  clockOf,
  EMPTY_FACTORS,
  SUGGESTION_LOOKBACK_DAYS,
  suggestFromPrevious,
  type CustomFactorSummary,
  type DailyFactorsValues,
  type FactorsFormData,
} from '@/lib/factors/form-data';
import { ActionError, notFoundError } from '@/lib/errors';
import { addDays } from '@/lib/nights';
import type { CustomFactorKind } from '@/lib/validation/factors';
import { getDb } from '../client';
import { customFactors, customFactorValues, dailyFactors, type CustomFactor, type DailyFactors } from '../schema';
import { FOREIGN_KEY_VIOLATION, sqlStateOf, UNIQUE_VIOLATION } from './pg-errors';

export type { CustomFactorSummary, DailyFactorsValues, FactorsFormData } from '@/lib/factors/form-data';

function valuesOf(row: DailyFactors): DailyFactorsValues {
  return {
    caffeineServings: row.caffeineServings,
    lastCaffeineAt: clockOf(row.lastCaffeineAt),
    alcoholDrinks: row.alcoholDrinks,
    exerciseMinutes: row.exerciseMinutes,
    exerciseIntensity: row.exerciseIntensity as DailyFactorsValues['exerciseIntensity'],
    exerciseTimeOfDay: row.exerciseTimeOfDay as DailyFactorsValues['exerciseTimeOfDay'],
    stress: row.stress,
    ironSupplement: row.ironSupplement,
  };
}

const summaryOf = (f: CustomFactor): CustomFactorSummary => ({
  id: f.id,
  name: f.name,
  kind: f.kind as CustomFactorKind,
  unit: f.unit,
});

export async function getDailyFactors({
  userId,
  day,
}: {
  userId: string;
  day: string;
}): Promise<(DailyFactorsValues & { day: string; updatedAt: Date }) | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(dailyFactors)
    .where(and(eq(dailyFactors.userId, userId), eq(dailyFactors.day, day)))
    .limit(1);
  return row && { day: row.day, updatedAt: row.updatedAt, ...valuesOf(row) };
}

/** Built-in factors per day for a range of days (inclusive), oldest first: for charts and insights. */
export async function listDailyFactors({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<(DailyFactorsValues & { day: string })[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(dailyFactors)
    .where(and(eq(dailyFactors.userId, userId), gte(dailyFactors.day, from), sql`${dailyFactors.day} <= ${to}`))
    .orderBy(asc(dailyFactors.day));
  return rows.map((r) => ({ day: r.day, ...valuesOf(r) }));
}

/** The day's saved factors, or a suggestion from recent habits, with the active custom factors and their values. */
export async function getFactorsFormData({ userId, day }: { userId: string; day: string }): Promise<FactorsFormData> {
  const db = await getDb();
  const [[saved], factors, values] = await Promise.all([
    db
      .select()
      .from(dailyFactors)
      .where(and(eq(dailyFactors.userId, userId), eq(dailyFactors.day, day)))
      .limit(1),
    db
      .select()
      .from(customFactors)
      .where(and(eq(customFactors.userId, userId), eq(customFactors.archived, false)))
      .orderBy(asc(customFactors.createdAt), asc(customFactors.name)),
    db
      .select({ factorId: customFactorValues.factorId, value: customFactorValues.value })
      .from(customFactorValues)
      .where(and(eq(customFactorValues.userId, userId), eq(customFactorValues.day, day))),
  ]);
  const active = new Set(factors.map((f) => f.id));
  const customValues = Object.fromEntries(values.filter((v) => active.has(v.factorId)).map((v) => [v.factorId, v.value]));
  const base = { day, customFactors: factors.map(summaryOf), customValues };
  if (saved) return { ...base, saved: true, values: valuesOf(saved), suggestion: null };

  const [previous] = await db
    .select()
    .from(dailyFactors)
    .where(
      and(
        eq(dailyFactors.userId, userId),
        lt(dailyFactors.day, day),
        gte(dailyFactors.day, addDays(day, -SUGGESTION_LOOKBACK_DAYS)),
      ),
    )
    .orderBy(desc(dailyFactors.day))
    .limit(1);
  const suggested = suggestFromPrevious(previous && { day: previous.day, values: valuesOf(previous) });
  return {
    ...base,
    saved: false,
    values: suggested?.values ?? { ...EMPTY_FACTORS },
    suggestion: suggested?.suggestion ?? null,
  };
}

/**
 * Saves one day's built-in factors (in place: one row per day) and its custom values in one
 * transaction. A null custom value clears it. A factor that is not the user's fails the whole save.
 */
export async function saveDailyFactors({
  userId,
  day,
  factors,
  customValues = {},
}: {
  userId: string;
  day: string;
  factors: DailyFactorsValues;
  customValues?: Record<string, number | null>;
}): Promise<void> {
  const db = await getDb();
  const entries = Object.entries(customValues);
  const cleared = entries.filter(([, v]) => v === null).map(([id]) => id);
  const kept = entries.filter((e): e is [string, number] => e[1] !== null);
  try {
    await db.transaction(async (tx) => {
      await tx
        .insert(dailyFactors)
        .values({ userId, day, ...factors })
        .onConflictDoUpdate({
          target: [dailyFactors.userId, dailyFactors.day],
          set: { ...factors, updatedAt: sql`now()` },
        });
      if (cleared.length > 0) {
        await tx
          .delete(customFactorValues)
          .where(
            and(
              eq(customFactorValues.userId, userId),
              eq(customFactorValues.day, day),
              inArray(customFactorValues.factorId, cleared),
            ),
          );
      }
      if (kept.length > 0) {
        const written = await tx
          .insert(customFactorValues)
          .values(kept.map(([factorId, value]) => ({ userId, factorId, day, value })))
          .onConflictDoUpdate({
            target: [customFactorValues.factorId, customFactorValues.day],
            set: { value: sql`excluded.value` },
            // Never touch another user's row that happens to share the key.
            setWhere: eq(customFactorValues.userId, userId),
          })
          .returning({ factorId: customFactorValues.factorId });
        if (written.length !== kept.length) throw notFoundError('That factor');
      }
    });
  } catch (e) {
    if (sqlStateOf(e) === FOREIGN_KEY_VIOLATION) throw notFoundError('That factor');
    throw e;
  }
}

export async function listCustomFactors({
  userId,
  includeArchived = true,
}: {
  userId: string;
  includeArchived?: boolean;
}): Promise<(CustomFactorSummary & { archived: boolean })[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(customFactors)
    .where(and(eq(customFactors.userId, userId), includeArchived ? undefined : eq(customFactors.archived, false)))
    .orderBy(asc(customFactors.archived), asc(customFactors.createdAt), asc(customFactors.name));
  return rows.map((f) => ({ ...summaryOf(f), archived: f.archived }));
}

const nameTakenError = (name: string) =>
  new ActionError('Please check the highlighted fields.', { name: [`You already track “${name}”`] });

/** Creates a custom factor; the same create sent twice stores one factor. */
export async function saveCustomFactor({
  userId,
  factor,
}: {
  userId: string;
  factor: { id: string; name: string; kind: CustomFactorKind; unit: string };
}): Promise<CustomFactorSummary> {
  const db = await getDb();
  const ownFactor = and(eq(customFactors.userId, userId), eq(customFactors.id, factor.id));
  const [existing] = await db.select().from(customFactors).where(ownFactor).limit(1);
  if (existing) return summaryOf(existing);
  const [clash] = await db
    .select({ id: customFactors.id })
    .from(customFactors)
    .where(
      and(
        eq(customFactors.userId, userId),
        eq(customFactors.archived, false),
        eq(sql`lower(${customFactors.name})`, factor.name.toLowerCase()),
      ),
    )
    .limit(1);
  if (clash) throw nameTakenError(factor.name);
  let created: CustomFactor | undefined;
  let nameTaken = false;
  try {
    [created] = await db
      .insert(customFactors)
      .values({ ...factor, userId })
      .onConflictDoNothing({ target: customFactors.id })
      .returning();
  } catch (e) {
    if (sqlStateOf(e) !== UNIQUE_VIOLATION) throw e;
    nameTaken = true;
  }
  if (created) return summaryOf(created);
  // Lost a race: with the same create (return that one if it is the user's), or with another taking the name.
  const [raced] = await db.select().from(customFactors).where(ownFactor).limit(1);
  if (!raced && nameTaken) throw nameTakenError(factor.name);
  if (!raced) throw notFoundError('That factor');
  return summaryOf(raced);
}

/** Archives (hides from the daily form, keeps its history) or restores a custom factor. */
export async function archiveCustomFactor({
  userId,
  id,
  archived = true,
}: {
  userId: string;
  id: string;
  archived?: boolean;
}): Promise<void> {
  const db = await getDb();
  let row: { id: string } | undefined;
  try {
    [row] = await db
      .update(customFactors)
      .set({ archived })
      .where(and(eq(customFactors.userId, userId), eq(customFactors.id, id)))
      .returning({ id: customFactors.id });
  } catch (e) {
    if (sqlStateOf(e) === UNIQUE_VIOLATION) {
      throw new ActionError('You already track a factor with this name. Archive that one first to restore this one.');
    }
    throw e;
  }
  if (!row) throw notFoundError('That factor');
}
