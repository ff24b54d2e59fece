import 'server-only';
import { and, asc, count, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { nightOf } from '@/lib/nights';
import { getDb } from '../client';
import { medicationDoses, medications, type Medication, type MedicationDose } from '../schema';
import { FOREIGN_KEY_VIOLATION, sqlStateOf } from './pg-errors';

export type MedicationFields = {
  name: string;
  dose: string;
  schedule: string;
  asNeeded: boolean;
  startedOn: string;
  stoppedOn: string | null;
};

export type MedicationWithCount = Medication & { doseCount: number };

/** The user's medications, current ones first, each with how many doses were logged. */
export async function listMedications({ userId }: { userId: string }): Promise<MedicationWithCount[]> {
  const db = await getDb();
  const rows = await db
    .select({ medication: medications, doseCount: count(medicationDoses.id) })
    .from(medications)
    .leftJoin(
      medicationDoses,
      and(eq(medicationDoses.medicationId, medications.id), eq(medicationDoses.userId, userId)),
    )
    .where(eq(medications.userId, userId))
    .groupBy(medications.id)
    .orderBy(sql`${medications.stoppedOn} is not null`, desc(medications.startedOn), asc(medications.name));
  return rows.map((r) => ({ ...r.medication, doseCount: Number(r.doseCount) }));
}

export async function getMedication({ userId, id }: { userId: string; id: string }): Promise<Medication | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(medications)
    .where(and(eq(medications.userId, userId), eq(medications.id, id)))
    .limit(1);
  return row;
}

/** Medications taken (or started and not stopped) at some point in [from, to]: for the report. */
export async function listMedicationsBetween({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<Medication[]> {
  const db = await getDb();
  return db
    .select()
    .from(medications)
    .where(
      and(
        eq(medications.userId, userId),
        lte(medications.startedOn, to),
        sql`(${medications.stoppedOn} is null or ${medications.stoppedOn} >= ${from})`,
      ),
    )
    .orderBy(asc(medications.startedOn), asc(medications.name));
}

/** Adds a medication; the same create sent twice stores one row. */
export async function createMedication({
  userId,
  medication,
}: {
  userId: string;
  medication: MedicationFields & { id: string };
}): Promise<Medication | undefined> {
  const db = await getDb();
  const [created] = await db
    .insert(medications)
    .values({ ...medication, userId })
    .onConflictDoNothing()
    .returning();
  if (created) return created;
  const [existing] = await db
    .select()
    .from(medications)
    .where(and(eq(medications.userId, userId), eq(medications.id, medication.id)))
    .limit(1);
  return existing;
}

export async function updateMedication({
  userId,
  medication,
}: {
  userId: string;
  medication: MedicationFields & { id: string };
}): Promise<Medication | undefined> {
  const db = await getDb();
  const { id, ...fields } = medication;
  const [row] = await db
    .update(medications)
    .set(fields)
    .where(and(eq(medications.userId, userId), eq(medications.id, id)))
    .returning();
  return row;
}

/** Undefined when there is no such medication of the user's. */
export async function stopMedication({
  userId,
  id,
  stoppedOn,
}: {
  userId: string;
  id: string;
  stoppedOn: string;
}): Promise<Medication | 'stops-before-start' | undefined> {
  const db = await getDb();
  const current = await getMedication({ userId, id });
  if (!current) return undefined;
  if (stoppedOn < current.startedOn) return 'stops-before-start';
  const [row] = await db
    .update(medications)
    .set({ stoppedOn })
    .where(and(eq(medications.userId, userId), eq(medications.id, id)))
    .returning();
  return row;
}

/** Deletes the medication and every dose logged for it; false when there is no such medication of the user's. */
export async function deleteMedication({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .delete(medications)
    .where(and(eq(medications.userId, userId), eq(medications.id, id)))
    .returning({ id: medications.id });
  return Boolean(row);
}

export type DoseWithMedication = MedicationDose & { medicationName: string };

/**
 * Logs a dose taken, attributed to its night in the user's time zone; the same create sent
 * twice stores one dose. Another user's medication is refused (by the database, too) as 'no-medication';
 * undefined when the dose id is another user's.
 */
export async function logDose({
  userId,
  timeZone,
  dose,
}: {
  userId: string;
  timeZone: string;
  dose: { id: string; medicationId: string; takenAt: Date; dose: string };
}): Promise<MedicationDose | 'no-medication' | undefined> {
  const db = await getDb();
  let created: MedicationDose | undefined;
  try {
    [created] = await db
      .insert(medicationDoses)
      .values({ ...dose, userId, nightOf: nightOf(dose.takenAt, timeZone) })
      .onConflictDoNothing()
      .returning();
  } catch (e) {
    if (sqlStateOf(e) === FOREIGN_KEY_VIOLATION) return 'no-medication';
    throw e;
  }
  if (created) return created;
  const [existing] = await db
    .select()
    .from(medicationDoses)
    .where(and(eq(medicationDoses.userId, userId), eq(medicationDoses.id, dose.id)))
    .limit(1);
  return existing;
}

const doseWithName = { dose: medicationDoses, medicationName: medications.name };

export async function listRecentDoses({
  userId,
  limit = 20,
}: {
  userId: string;
  limit?: number;
}): Promise<DoseWithMedication[]> {
  const db = await getDb();
  const rows = await db
    .select(doseWithName)
    .from(medicationDoses)
    .innerJoin(medications, and(eq(medications.id, medicationDoses.medicationId), eq(medications.userId, userId)))
    .where(eq(medicationDoses.userId, userId))
    .orderBy(desc(medicationDoses.takenAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.dose, medicationName: r.medicationName }));
}

/** Doses of the nights in [fromNight, toNight], oldest first: for the report and history. */
export async function listDoses({
  userId,
  fromNight,
  toNight,
}: {
  userId: string;
  fromNight: string;
  toNight: string;
}): Promise<DoseWithMedication[]> {
  const db = await getDb();
  const rows = await db
    .select(doseWithName)
    .from(medicationDoses)
    .innerJoin(medications, and(eq(medications.id, medicationDoses.medicationId), eq(medications.userId, userId)))
    .where(
      and(
        eq(medicationDoses.userId, userId),
        gte(medicationDoses.nightOf, fromNight),
        lte(medicationDoses.nightOf, toNight),
      ),
    )
    .orderBy(asc(medicationDoses.takenAt));
  return rows.map((r) => ({ ...r.dose, medicationName: r.medicationName }));
}

/** False when there is no such dose of the user's. */
export async function deleteDose({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .delete(medicationDoses)
    .where(and(eq(medicationDoses.userId, userId), eq(medicationDoses.id, id)))
    .returning({ id: medicationDoses.id });
  return Boolean(row);
}
