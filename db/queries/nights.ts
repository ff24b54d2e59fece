import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { onsetMinutesAfterNoon } from '@/lib/nights';
import { assembleNightRecords } from '@/lib/nights/night-records';
import { getDb } from '../client';
import { dailyFactors, episodes, medicationDoses, medications, nightCheckins, stretchSessions } from '../schema';

/**
 * Everything logged for one night: its check-in, episodes, stretches, doses and the day's factors,
 * and the night as the read model sees it (`record`, without factors: they are here in full).
 */
export async function getNightDetail({ userId, timeZone, nightOf }: { userId: string; timeZone: string; nightOf: string }) {
  const db = await getDb();
  const [checkin, nightEpisodes, sessions, doses, factors] = await Promise.all([
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
  const [record] = assembleNightRecords({
    from: nightOf,
    to: nightOf,
    episodes: nightEpisodes.length
      ? [
          {
            nightOf,
            episodeCount: nightEpisodes.length,
            worstSeverity: maxSeverity(nightEpisodes),
            // Ordered by start: the first is the night's first onset.
            firstOnset: onsetMinutesAfterNoon(nightEpisodes[0]!.startedAt, timeZone),
          },
        ]
      : [],
    checkins: checkin ? [checkin] : [],
    stretching: sessions.length
      ? [
          {
            nightOf,
            beforeBed: sessions.some((s) => s.context === 'before_bed'),
            routineIds: [...new Set(sessions.flatMap((s) => (s.routineId ? [s.routineId] : [])))],
          },
        ]
      : [],
  });
  return { record: record!, checkin, episodes: nightEpisodes, stretchSessions: sessions, doses, factors };
}
export type NightDetail = Awaited<ReturnType<typeof getNightDetail>>;

function maxSeverity(rows: { severity: number | null }[]): number | null {
  const rated = rows.map((r) => r.severity).filter((s): s is number => s !== null);
  return rated.length ? Math.max(...rated) : null;
}
