import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { dailyFactors, episodes, medicationDoses, medications, nightCheckins, stretchSessions } from '../schema';
import { listNightRecords } from './night-records';

/**
 * Everything logged for one night: its check-in, episodes, stretches, doses and the day's factors,
 * and the night as listNightRecords reads it (`record`; the factors are here in full, so it reads none).
 */
export async function getNightDetail({ userId, timeZone, nightOf }: { userId: string; timeZone: string; nightOf: string }) {
  const db = await getDb();
  const [[record], checkin, nightEpisodes, sessions, doses, factors] = await Promise.all([
    listNightRecords({ userId, timeZone, from: nightOf, to: nightOf }),
    db
      .select()
      .from(nightCheckins)
      .where(and(eq(nightCheckins.userId, userId), eq(nightCheckins.nightOf, nightOf)))
      .then((rows) => rows[0]),
    db
      .select()
      .from(episodes)
      .where(and(eq(episodes.userId, userId), eq(episodes.nightOf, nightOf)))
      .orderBy(asc(episodes.startedAt)),
    db
      .select()
      .from(stretchSessions)
      .where(and(eq(stretchSessions.userId, userId), eq(stretchSessions.nightOf, nightOf)))
      .orderBy(asc(stretchSessions.performedAt)),
    db
      .select({ id: medicationDoses.id, takenAt: medicationDoses.takenAt, dose: medicationDoses.dose, name: medications.name })
      .from(medicationDoses)
      .innerJoin(medications, eq(medications.id, medicationDoses.medicationId))
      .where(and(eq(medicationDoses.userId, userId), eq(medicationDoses.nightOf, nightOf)))
      .orderBy(asc(medicationDoses.takenAt)),
    db
      .select()
      .from(dailyFactors)
      .where(and(eq(dailyFactors.userId, userId), eq(dailyFactors.day, nightOf)))
      .then((rows) => rows[0]),
  ]);
  return { record: record!, checkin, episodes: nightEpisodes, stretchSessions: sessions, doses, factors };
}
export type NightDetail = Awaited<ReturnType<typeof getNightDetail>>;
