import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '@/lib/auth/password';
import { DEMO_DISPLAY_NAME, DEMO_EMAIL, DEMO_PASSWORD, DEMO_TIME_ZONE } from '@/lib/demo/account';
import { demoExperiments, demoRoutineOn, type DemoExperiment } from '@/lib/demo/experiments';
import { generateDemoData, type DemoData } from '@/lib/demo/generate';
import { localDateOf, type CalendarDate } from '@/lib/nights';
import { getDb, type Db } from './client';
import { createUser, deleteUser, findUserByEmail } from './queries/users';
import {
  customFactors,
  customFactorValues,
  dailyFactors,
  episodes,
  experimentAdherence,
  experimentPauses,
  experiments,
  irlsScores,
  medicationDoses,
  medications,
  nightCheckins,
  routines,
  routineSteps,
  stretches,
  stretchSessions,
} from './schema';

export { DEMO_EMAIL, DEMO_PASSWORD };

export type SeedDemoOptions = {
  /** The demo user's local date; the data ends with the night before. Defaults to today. */
  today?: CalendarDate;
  /** Rows after this instant are left out; defaults to now unless `today` is given. */
  now?: Date;
  seed?: number;
  /** How many nights of history; six months by default. */
  nights?: number;
  email?: string;
  timeZone?: string;
};

export type SeedDemoResult = {
  created: boolean;
  userId: string;
  email: string;
  password: string;
  /** Rows stored per table, when created. */
  counts?: Record<string, number>;
};

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
const CHUNK = 500;

async function insertChunks<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK));
}

/**
 * Creates the demo account with six months of generated nights. Idempotent: when the account
 * already exists it changes nothing. A failed seed removes the half-made account, so it can be rerun.
 */
export async function seedDemoAccount(options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const email = (options.email ?? DEMO_EMAIL).toLowerCase();
  const timeZone = options.timeZone ?? DEMO_TIME_ZONE;
  const result = (userId: string, created: boolean): SeedDemoResult => ({
    created,
    userId,
    email,
    password: DEMO_PASSWORD,
  });

  const existing = await findUserByEmail({ email });
  if (existing) return result(existing.id, false);
  const user = await createUser({
    account: { email, displayName: DEMO_DISPLAY_NAME, timeZone, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  if (!user) {
    // Created meanwhile by another process.
    const other = await findUserByEmail({ email });
    return result(other!.id, false);
  }

  const now = options.now ?? (options.today ? undefined : new Date());
  const today = options.today ?? localDateOf(now!, timeZone);
  const plans = demoExperiments(today, randomUUID);
  const data = generateDemoData({ today, timeZone, now, seed: options.seed, nights: options.nights, newId: randomUUID, routineOn: demoRoutineOn(plans) });
  try {
    const counts = await insertDemoData(await getDb(), user.id, data, plans);
    return { ...result(user.id, true), counts };
  } catch (e) {
    await deleteUser({ userId: user.id });
    throw e;
  }
}

async function insertDemoData(db: Db, userId: string, data: DemoData, plans: DemoExperiment[]): Promise<Record<string, number>> {
  const own = await db
    .select({ id: stretches.id, key: stretches.builtinKey })
    .from(stretches)
    .where(eq(stretches.userId, userId));
  const stretchIds = new Map(own.map((s) => [s.key, s.id]));
  const stretchId = (key: string) => {
    const id = stretchIds.get(key);
    if (!id) throw new Error(`The demo account has no catalog stretch "${key}"`);
    return id;
  };

  await db.transaction(async (tx) => {
    await tx.insert(routines).values({ id: data.routine.id, userId, name: data.routine.name });
    await tx.insert(routineSteps).values(
      data.routine.steps.map((s, position) => ({
        userId,
        routineId: data.routine.id,
        position,
        stretchId: stretchId(s.stretchKey),
        holdSeconds: s.holdSeconds,
        repetitions: s.repetitions,
        bothSides: s.bothSides,
      })),
    );
    await tx.insert(customFactors).values({ ...data.customFactor, userId });
    await tx.insert(medications).values(data.medications.map((m) => ({ ...m, userId })));
  });

  await db.transaction(async (tx) => {
    await insertChunks(tx, nightCheckins, data.checkins.map((c) => ({ ...c, userId })));
    await insertChunks(tx, episodes, data.episodes.map((e) => ({ ...e, userId })));
  });

  await db.transaction(async (tx) => {
    await insertChunks(
      tx,
      stretchSessions,
      data.stretchSessions.map(({ stretchKey, ...s }) => ({ ...s, userId, stretchId: stretchId(stretchKey) })),
    );
  });

  await db.transaction(async (tx) => {
    await insertChunks(tx, dailyFactors, data.dailyFactors.map((f) => ({ ...f, userId })));
    await insertChunks(tx, customFactorValues, data.customFactorValues.map((v) => ({ ...v, userId })));
  });

  await db.transaction(async (tx) => {
    await insertChunks(tx, medicationDoses, data.medicationDoses.map((d) => ({ ...d, userId })));
    await insertChunks(tx, irlsScores, data.irlsScores.map((s) => ({ ...s, userId })));
  });

  await db.transaction(async (tx) => {
    for (const { pauses, adherence, ...plan } of plans) {
      await tx.insert(experiments).values({ ...plan, userId, conditionA: `routine:${data.routine.id}` });
      if (pauses.length) {
        await tx.insert(experimentPauses).values(pauses.map((p) => ({ userId, experimentId: plan.id, fromNight: p.from, toNight: p.to })));
      }
      if (adherence.length) await tx.insert(experimentAdherence).values(adherence.map((a) => ({ ...a, userId, experimentId: plan.id })));
    }
  });

  return {
    nightCheckins: data.checkins.length,
    episodes: data.episodes.length,
    stretchSessions: data.stretchSessions.length,
    dailyFactors: data.dailyFactors.length,
    customFactorValues: data.customFactorValues.length,
    medicationDoses: data.medicationDoses.length,
    irlsScores: data.irlsScores.length,
    experiments: plans.length,
  };
}
