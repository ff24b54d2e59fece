import 'server-only';
import { and, asc, between, count, eq, max } from 'drizzle-orm';
import { summarizeNights, type NightSummary } from '@/lib/nights';
import { getDb } from '../client';
import { dailyFactors, episodes, medicationDoses, medications, nightCheckins, stretchSessions } from '../schema';

/** Every night from `from` to `to`, each marked symptom-free, with episodes, or unknown. */
export async function listNightSummaries({
  userId,
  from,
  to,
}: {
  userId: string;
  from: string;
  to: string;
}): Promise<NightSummary[]> {
  const db = await getDb();
  const [aggregates, checkins] = await Promise.all([
    db
      .select({ nightOf: episodes.nightOf, episodeCount: count(), worstSeverity: max(episodes.severity) })
      .from(episodes)
      .where(and(eq(episodes.userId, userId), between(episodes.nightOf, from, to)))
      .groupBy(episodes.nightOf),
    db
      .select({ nightOf: nightCheckins.nightOf, hadSymptoms: nightCheckins.hadSymptoms })
      .from(nightCheckins)
      .where(and(eq(nightCheckins.userId, userId), between(nightCheckins.nightOf, from, to))),
  ]);
  return summarizeNights(from, to, aggregates, checkins);
}

/** Everything logged for one night: its check-in, episodes, stretches, doses and the day's factors. */
export async function getNightDetail({ userId, nightOf }: { userId: string; nightOf: string }) {
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
  const [summary] = summarizeNights(
    nightOf,
    nightOf,
    nightEpisodes.length
      ? [{ nightOf, episodeCount: nightEpisodes.length, worstSeverity: maxSeverity(nightEpisodes) }]
      : [],
    checkin ? [checkin] : [],
  );
  return { summary: summary!, checkin, episodes: nightEpisodes, stretchSessions: sessions, doses, factors };
}
export type NightDetail = Awaited<ReturnType<typeof getNightDetail>>;

function maxSeverity(rows: { severity: number | null }[]): number | null {
  const rated = rows.map((r) => r.severity).filter((s): s is number => s !== null);
  return rated.length ? Math.max(...rated) : null;
}
