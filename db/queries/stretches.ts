import 'server-only';
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { FOREIGN_KEY_VIOLATION, sqlStateOf } from './pg-errors';
import { routines, routineSteps, stretches, stretchSessions, type Stretch } from '../schema';

/** Plain, serialisable shapes handed to pages and client components. */
export type StretchItem = {
  id: string;
  name: string;
  instructions: string;
  defaultHoldSeconds: number;
  perSide: boolean;
  archived: boolean;
  builtin: boolean;
};

export type RoutineStepItem = {
  position: number;
  stretchId: string;
  stretchName: string;
  instructions: string;
  holdSeconds: number;
  repetitions: number;
  bothSides: boolean;
};

export type RoutineItem = { id: string; name: string; steps: RoutineStepItem[] };

export type StretchSessionItem = {
  id: string;
  nightOf: string;
  /** ISO-8601 instant. */
  performedAt: string;
  stretchId: string | null;
  stretchName: string | null;
  routineId: string | null;
  routineName: string | null;
  sides: string;
  holdSeconds: number | null;
  repetitions: number | null;
  totalMinutes: number | null;
  context: string;
  partial: boolean;
};

export type StretchWrite = {
  id: string;
  name: string;
  instructions: string;
  defaultHoldSeconds: number;
  perSide: boolean;
};

export type RoutineWrite = {
  id: string;
  name: string;
  steps: { stretchId: string; holdSeconds: number; repetitions: number; bothSides: boolean }[];
};

export type StretchSessionWrite = {
  id: string;
  nightOf: string;
  performedAt: Date;
  stretchId?: string | null;
  routineId?: string | null;
  sides: string;
  holdSeconds?: number | null;
  repetitions?: number | null;
  totalMinutes?: number | null;
  context: string;
  partial: boolean;
};

const toStretchItem = (s: Stretch): StretchItem => ({
  id: s.id,
  name: s.name,
  instructions: s.instructions,
  defaultHoldSeconds: s.defaultHoldSeconds,
  perSide: s.perSide,
  archived: s.archived,
  builtin: s.builtinKey !== null,
});


/** The user's stretches: built-in copies first, then their own, each by name. */
export async function listStretches({
  userId,
  includeArchived = true,
}: {
  userId: string;
  includeArchived?: boolean;
}): Promise<StretchItem[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(stretches)
    .where(and(eq(stretches.userId, userId), includeArchived ? undefined : eq(stretches.archived, false)))
    .orderBy(sql`${stretches.builtinKey} is null`, asc(stretches.name));
  return rows.map(toStretchItem);
}

export async function getStretch({ userId, stretchId }: { userId: string; stretchId: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(stretches)
    .where(and(eq(stretches.userId, userId), eq(stretches.id, stretchId)))
    .limit(1);
  return row ? toStretchItem(row) : undefined;
}

/** Creates or edits a stretch; the same create twice stores one row. Undefined when the id is another user's. */
export async function saveStretch({
  userId,
  stretch,
}: {
  userId: string;
  stretch: StretchWrite;
}): Promise<StretchItem | undefined> {
  const db = await getDb();
  const { id: _id, ...changes } = stretch;
  const [row] = await db
    .insert(stretches)
    .values({ ...stretch, userId })
    .onConflictDoUpdate({ target: stretches.id, set: changes, setWhere: eq(stretches.userId, userId) })
    .returning();
  return row ? toStretchItem(row) : undefined;
}

/** Hides (or shows again) a stretch; routines and past sessions keep using it. */
export async function archiveStretch({
  userId,
  stretchId,
  archived,
}: {
  userId: string;
  stretchId: string;
  archived: boolean;
}): Promise<StretchItem | undefined> {
  const db = await getDb();
  const [row] = await db
    .update(stretches)
    .set({ archived })
    .where(and(eq(stretches.userId, userId), eq(stretches.id, stretchId)))
    .returning();
  return row ? toStretchItem(row) : undefined;
}

async function stepsOf(userId: string, routineIds: string[]) {
  if (routineIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      routineId: routineSteps.routineId,
      position: routineSteps.position,
      stretchId: routineSteps.stretchId,
      stretchName: stretches.name,
      instructions: stretches.instructions,
      holdSeconds: routineSteps.holdSeconds,
      repetitions: routineSteps.repetitions,
      bothSides: routineSteps.bothSides,
    })
    .from(routineSteps)
    .innerJoin(stretches, and(eq(stretches.id, routineSteps.stretchId), eq(stretches.userId, userId)))
    .where(and(eq(routineSteps.userId, userId), inArray(routineSteps.routineId, routineIds)))
    .orderBy(asc(routineSteps.routineId), asc(routineSteps.position));
}

/** Every routine of the user with its steps in order and the stretches' names. */
export async function listRoutines({ userId }: { userId: string }): Promise<RoutineItem[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: routines.id, name: routines.name })
    .from(routines)
    .where(eq(routines.userId, userId))
    .orderBy(asc(routines.name), asc(routines.createdAt));
  const steps = await stepsOf(
    userId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    steps: steps.filter((s) => s.routineId === r.id).map(({ routineId: _r, ...s }) => s),
  }));
}

export async function getRoutine({
  userId,
  routineId,
}: {
  userId: string;
  routineId: string;
}): Promise<RoutineItem | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ id: routines.id, name: routines.name })
    .from(routines)
    .where(and(eq(routines.userId, userId), eq(routines.id, routineId)))
    .limit(1);
  if (!row) return undefined;
  const steps = await stepsOf(userId, [row.id]);
  return { ...row, steps: steps.map(({ routineId: _r, ...s }) => s) };
}

/**
 * Creates or replaces a routine and its steps in one transaction. Undefined, with nothing
 * changed, when the routine id or any step's stretch is not the user's (the database's
 * (user_id, stretch_id) key refuses such a step).
 */
export async function saveRoutine({
  userId,
  routine,
}: {
  userId: string;
  routine: RoutineWrite;
}): Promise<RoutineItem | undefined> {
  const db = await getDb();
  try {
    const saved = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(routines)
        .values({ id: routine.id, userId, name: routine.name })
        .onConflictDoUpdate({
          target: routines.id,
          set: { name: routine.name, updatedAt: new Date() },
          setWhere: eq(routines.userId, userId),
        })
        .returning({ id: routines.id });
      if (!row) return false;
      await tx.delete(routineSteps).where(and(eq(routineSteps.userId, userId), eq(routineSteps.routineId, routine.id)));
      await tx.insert(routineSteps).values(
        routine.steps.map((s, position) => ({
          userId,
          routineId: routine.id,
          position,
          stretchId: s.stretchId,
          holdSeconds: s.holdSeconds,
          repetitions: s.repetitions,
          bothSides: s.bothSides,
        })),
      );
      return true;
    });
    if (!saved) return undefined;
  } catch (e) {
    if (sqlStateOf(e) === FOREIGN_KEY_VIOLATION) return undefined;
    throw e;
  }
  return getRoutine({ userId, routineId: routine.id });
}

/** Deletes a routine and its steps; its past sessions stay, without the routine. */
export async function deleteRoutine({ userId, routineId }: { userId: string; routineId: string }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .update(stretchSessions)
      .set({ routineId: null })
      .where(and(eq(stretchSessions.userId, userId), eq(stretchSessions.routineId, routineId)));
    const rows = await tx
      .delete(routines)
      .where(and(eq(routines.userId, userId), eq(routines.id, routineId)))
      .returning({ id: routines.id });
    return rows.length > 0;
  });
}

const sessionColumns = {
  id: stretchSessions.id,
  nightOf: stretchSessions.nightOf,
  performedAt: stretchSessions.performedAt,
  stretchId: stretchSessions.stretchId,
  stretchName: stretches.name,
  routineId: stretchSessions.routineId,
  routineName: routines.name,
  sides: stretchSessions.sides,
  holdSeconds: stretchSessions.holdSeconds,
  repetitions: stretchSessions.repetitions,
  totalMinutes: stretchSessions.totalMinutes,
  context: stretchSessions.context,
  partial: stretchSessions.partial,
};

async function selectSessions(userId: string, where: ReturnType<typeof and>) {
  const db = await getDb();
  const rows = await db
    .select(sessionColumns)
    .from(stretchSessions)
    .leftJoin(stretches, and(eq(stretches.id, stretchSessions.stretchId), eq(stretches.userId, userId)))
    .leftJoin(routines, and(eq(routines.id, stretchSessions.routineId), eq(routines.userId, userId)))
    .where(and(eq(stretchSessions.userId, userId), where))
    .orderBy(desc(stretchSessions.performedAt));
  return rows.map((r): StretchSessionItem => ({ ...r, performedAt: r.performedAt.toISOString() }));
}

/**
 * Logs a session; the same id twice stores one row. Undefined when the id, the stretch or the
 * routine is another user's (or does not exist).
 */
export async function logStretchSession({
  userId,
  session,
}: {
  userId: string;
  session: StretchSessionWrite;
}): Promise<StretchSessionItem | undefined> {
  const db = await getDb();
  if (session.stretchId && !(await getStretch({ userId, stretchId: session.stretchId }))) return undefined;
  if (session.routineId) {
    const [own] = await db
      .select({ id: routines.id })
      .from(routines)
      .where(and(eq(routines.userId, userId), eq(routines.id, session.routineId)));
    if (!own) return undefined;
  }
  await db
    .insert(stretchSessions)
    .values({ ...session, userId })
    .onConflictDoNothing({ target: stretchSessions.id });
  const [row] = await selectSessions(userId, eq(stretchSessions.id, session.id));
  return row;
}

/** Sessions of the nights from..to (inclusive calendar dates), newest first. */
export async function listStretchSessions({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<StretchSessionItem[]> {
  return selectSessions(userId, and(gte(stretchSessions.nightOf, from), lte(stretchSessions.nightOf, to)));
}

export async function deleteStretchSession({
  userId,
  sessionId,
}: {
  userId: string;
  sessionId: string;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(stretchSessions)
    .where(and(eq(stretchSessions.userId, userId), eq(stretchSessions.id, sessionId)))
    .returning({ id: stretchSessions.id });
  return rows.length > 0;
}
