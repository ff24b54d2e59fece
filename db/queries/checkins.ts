import 'server-only';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { getDb } from '../client';
import { nightCheckins, type NightCheckin } from '../schema';
import { sqlStateOf, UNIQUE_VIOLATION } from './pg-errors';

export type CheckinWrite = {
  id: string;
  nightOf: string;
  hadSymptoms: boolean;
  bedtime: Date | null;
  wakeTime: Date | null;
  hoursSlept: number | null;
  awakenings: number | null;
  sleepQuality: number | null;
};

const ofNight = (userId: string, nightOf: string) =>
  and(eq(nightCheckins.userId, userId), eq(nightCheckins.nightOf, nightOf));

export async function getCheckin({ userId, nightOf }: { userId: string; nightOf: string }) {
  const db = await getDb();
  const [row] = await db.select().from(nightCheckins).where(ofNight(userId, nightOf)).limit(1);
  return row;
}

/** One check-in per night: a second one for the same night edits the first. Undefined if the id is someone else's. */
export async function saveCheckin({
  userId,
  checkin,
}: {
  userId: string;
  checkin: CheckinWrite;
}): Promise<NightCheckin | undefined> {
  const db = await getDb();
  const [own] = await db
    .select({ nightOf: nightCheckins.nightOf })
    .from(nightCheckins)
    .where(and(eq(nightCheckins.userId, userId), eq(nightCheckins.id, checkin.id)));
  // The user's own id reused for another night (a form kept open past midnight): a new row.
  if (own && own.nightOf !== checkin.nightOf) checkin = { ...checkin, id: randomUUID() };
  const { id: _id, nightOf: _night, ...changes } = checkin;
  try {
    const [row] = await db
      .insert(nightCheckins)
      .values({ ...checkin, userId })
      .onConflictDoUpdate({ target: [nightCheckins.userId, nightCheckins.nightOf], set: { ...changes, updatedAt: new Date() } })
      .returning();
    return row;
  } catch (e) {
    // The id is taken, and not by this user (whose own rows were looked up above).
    if (sqlStateOf(e) === UNIQUE_VIOLATION) return undefined;
    throw e;
  }
}
