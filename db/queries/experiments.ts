import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { conditionUses } from '@/lib/experiments/conditions';
import { finishedOn, isActive, type ExperimentPlan } from '@/lib/experiments/plan';
import { addDays, type CalendarDate } from '@/lib/nights';
import { getDb } from '../client';
import { experimentAdherence, experimentPauses, experiments, type Experiment } from '../schema';
import { sqlStateOf, UNIQUE_VIOLATION } from './pg-errors';

export type NewExperiment = Pick<
  ExperimentPlan,
  'id' | 'conditionA' | 'conditionB' | 'blockLength' | 'blockOrder' | 'washoutNights' | 'startNight' | 'smallestDifference'
>;

type Db = Awaited<ReturnType<typeof getDb>>;

async function plansOf(db: Db, rows: Experiment[]): Promise<ExperimentPlan[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [pauses, adherence] = await Promise.all([
    db.select().from(experimentPauses).where(inArray(experimentPauses.experimentId, ids)).orderBy(asc(experimentPauses.fromNight)),
    db.select().from(experimentAdherence).where(inArray(experimentAdherence.experimentId, ids)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    conditionA: row.conditionA,
    conditionB: row.conditionB,
    blockLength: row.blockLength,
    blockOrder: row.blockOrder,
    washoutNights: row.washoutNights,
    startNight: row.startNight,
    smallestDifference: row.smallestDifference,
    status: row.status,
    endedEarly: row.endedEarly,
    endedOn: row.endedOn,
    pauses: pauses.filter((p) => p.experimentId === row.id).map((p) => ({ from: p.fromNight, to: p.toNight })),
    adherence: adherence.filter((a) => a.experimentId === row.id).map((a) => ({ nightOf: a.nightOf, adhered: a.adhered })),
  }));
}

/** Marks a running experiment whose last night has passed as finished, so the next one can start. */
async function settle(db: Db, userId: string, plans: ExperimentPlan[], tonight: CalendarDate): Promise<ExperimentPlan[]> {
  return Promise.all(
    plans.map(async (plan) => {
      const end = finishedOn(plan, tonight);
      if (!end) return plan;
      await db
        .update(experiments)
        .set({ status: 'finished', endedOn: end })
        .where(and(eq(experiments.userId, userId), eq(experiments.id, plan.id), eq(experiments.status, 'running')));
      return { ...plan, status: 'finished' as const, endedOn: end };
    }),
  );
}

/** Newest first, every status; `tonight` settles the ones that have run their course. */
export async function listExperiments({ userId, tonight }: { userId: string; tonight: CalendarDate }): Promise<ExperimentPlan[]> {
  const db = await getDb();
  const rows = await db.select().from(experiments).where(eq(experiments.userId, userId)).orderBy(desc(experiments.startNight), desc(experiments.createdAt));
  return settle(db, userId, await plansOf(db, rows), tonight);
}

export async function getExperiment({ userId, id, tonight }: { userId: string; id: string; tonight: CalendarDate }): Promise<ExperimentPlan | undefined> {
  const db = await getDb();
  const rows = await db.select().from(experiments).where(and(eq(experiments.userId, userId), eq(experiments.id, id))).limit(1);
  const [plan] = await settle(db, userId, await plansOf(db, rows), tonight);
  return plan;
}

/** The running or paused experiment, if any. */
export async function getActiveExperiment({ userId, tonight }: { userId: string; tonight: CalendarDate }): Promise<ExperimentPlan | undefined> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(experiments)
    .where(and(eq(experiments.userId, userId), inArray(experiments.status, ['running', 'paused'])))
    .limit(1);
  const [plan] = await settle(db, userId, await plansOf(db, rows), tonight);
  return plan && isActive(plan) ? plan : undefined;
}

/** Whether the running or paused experiment tests this routine or custom factor (so it must stay). */
export async function isUsedByActiveExperiment({
  userId,
  tonight,
  uses,
}: {
  userId: string;
  tonight: CalendarDate;
  uses: { routineId: string } | { factorId: string };
}): Promise<boolean> {
  const plan = await getActiveExperiment({ userId, tonight });
  return !!plan && (conditionUses(plan.conditionA, uses) || conditionUses(plan.conditionB, uses));
}

export type CreateOutcome = { created: ExperimentPlan } | { refused: 'active_exists' | 'not_yours' };

/** The same create sent twice stores one experiment; a second active one is refused by the database. */
export async function createExperiment({
  userId,
  experiment,
  tonight,
}: {
  userId: string;
  experiment: NewExperiment;
  tonight: CalendarDate;
}): Promise<CreateOutcome> {
  const db = await getDb();
  // Settles an experiment that has run its course, so it does not block this one.
  await getActiveExperiment({ userId, tonight });
  try {
    const [row] = await db.insert(experiments).values({ ...experiment, userId }).onConflictDoNothing({ target: experiments.id }).returning();
    if (!row) {
      const existing = await getExperiment({ userId, id: experiment.id, tonight });
      return existing ? { created: existing } : { refused: 'not_yours' };
    }
    const [plan] = await plansOf(db, [row]);
    return { created: plan as ExperimentPlan };
  } catch (e) {
    if (sqlStateOf(e) === UNIQUE_VIOLATION) return { refused: 'active_exists' };
    throw e;
  }
}

/** Pauses from `night` on; the rest of the schedule waits. False when there is no such running experiment. */
export async function pauseExperiment({ userId, id, night }: { userId: string; id: string; night: CalendarDate }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(experiments)
      .set({ status: 'paused' })
      .where(and(eq(experiments.userId, userId), eq(experiments.id, id), eq(experiments.status, 'running')))
      .returning({ id: experiments.id });
    if (!row) return false;
    await tx.insert(experimentPauses).values({ userId, experimentId: id, fromNight: night, toNight: null });
    return true;
  });
}

async function closePause(tx: Parameters<Parameters<Db['transaction']>[0]>[0], userId: string, id: string, night: CalendarDate) {
  const [open] = await tx
    .select()
    .from(experimentPauses)
    .where(and(eq(experimentPauses.userId, userId), eq(experimentPauses.experimentId, id), isNull(experimentPauses.toNight)))
    .limit(1);
  if (!open) return;
  // Resumed on the night it was paused: nothing was skipped.
  if (night <= open.fromNight) await tx.delete(experimentPauses).where(eq(experimentPauses.id, open.id));
  else await tx.update(experimentPauses).set({ toNight: addDays(night, -1) }).where(eq(experimentPauses.id, open.id));
}

/** Resumes tonight: the paused nights are skipped and the rest of the schedule moves later. */
export async function resumeExperiment({ userId, id, night }: { userId: string; id: string; night: CalendarDate }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(experiments)
      .set({ status: 'running' })
      .where(and(eq(experiments.userId, userId), eq(experiments.id, id), eq(experiments.status, 'paused')))
      .returning({ id: experiments.id });
    if (!row) return false;
    await closePause(tx, userId, id, night);
    return true;
  });
}

/** Ends a running or paused experiment: early (the result keeps a caution) or abandoned (no verdict is claimed). */
export async function endExperiment({
  userId,
  id,
  lastNight,
  how,
}: {
  userId: string;
  id: string;
  /** the last night that counts */
  lastNight: CalendarDate;
  how: 'early' | 'abandoned';
}): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(experiments)
      .set(how === 'early' ? { status: 'finished', endedEarly: true, endedOn: lastNight } : { status: 'abandoned', endedOn: lastNight })
      .where(and(eq(experiments.userId, userId), eq(experiments.id, id), inArray(experiments.status, ['running', 'paused'])))
      .returning({ id: experiments.id });
    if (!row) return false;
    await closePause(tx, userId, id, addDays(lastNight, 1));
    return true;
  });
}

/** Confirms or corrects a night's adherence; `adhered: null` goes back to what the log says. False when not the user's. */
export async function setExperimentAdherence({
  userId,
  id,
  nightOf,
  adhered,
}: {
  userId: string;
  id: string;
  nightOf: CalendarDate;
  adhered: boolean | null;
}): Promise<boolean> {
  const db = await getDb();
  const [owned] = await db.select({ id: experiments.id }).from(experiments).where(and(eq(experiments.userId, userId), eq(experiments.id, id))).limit(1);
  if (!owned) return false;
  if (adhered === null) {
    await db
      .delete(experimentAdherence)
      .where(and(eq(experimentAdherence.userId, userId), eq(experimentAdherence.experimentId, id), eq(experimentAdherence.nightOf, nightOf)));
  } else {
    await db
      .insert(experimentAdherence)
      .values({ userId, experimentId: id, nightOf, adhered })
      .onConflictDoUpdate({ target: [experimentAdherence.experimentId, experimentAdherence.nightOf], set: { adhered } });
  }
  return true;
}
