import 'server-only';
import { and, between, eq, min, sql } from 'drizzle-orm';
import type { NightRecord } from '@/lib/nights/night-record';
import {
  assembleNightRecords,
  type CheckinNightRow,
  type CustomValueRow,
  type EpisodeNightRow,
  type FactorDayRecord,
  type StretchNightRow,
} from '@/lib/nights/night-records';
import { getDb } from '../client';
import { customFactorValues, dailyFactors, episodes, nightCheckins, stretchSessions } from '../schema';
import { selectRows } from './raw-rows';

// The night read model's one query module: History, Today, Insights, experiments and the report
// read nights through listNightRecords. The per-part reads are exported for the benchmark.

type Period = { userId: string; from: string; to: string };

/** The first night with a check-in or an episode; null for an account with nothing logged. */
export async function getFirstLoggedNight({ userId }: { userId: string }): Promise<string | null> {
  const db = await getDb();
  // Each min() is one step down the (user_id, night_of) index.
  const [[fromEpisodes], [fromCheckins]] = await Promise.all([
    db.select({ first: min(episodes.nightOf) }).from(episodes).where(eq(episodes.userId, userId)),
    db.select({ first: min(nightCheckins.nightOf) }).from(nightCheckins).where(eq(nightCheckins.userId, userId)),
  ]);
  const firsts = [fromEpisodes?.first, fromCheckins?.first].filter((d): d is string => typeof d === 'string');
  return firsts.length ? firsts.reduce((a, b) => (a < b ? a : b)) : null;
}

/**
 * Wall-clock minutes after noon of the night's first onset in the user's zone, seconds truncated,
 * as lib/nights' onsetMinutesAfterNoon computes them.
 */
const firstOnsetMinutes = (timeZone: string) =>
  sql<number>`((floor(extract(epoch from (min(${episodes.startedAt}) at time zone ${timeZone})::time) / 60))::int + 720) % 1440`;

/** Per night: episodes, worst severity and the first onset. */
export async function listEpisodeNights({ userId, timeZone, from, to }: Period & { timeZone: string }): Promise<EpisodeNightRow[]> {
  return selectRows<EpisodeNightRow>(sql`
    select ${episodes.nightOf}::text as "nightOf", count(*)::int as "episodeCount",
      max(${episodes.severity})::int as "worstSeverity", ${firstOnsetMinutes(timeZone)} as "firstOnset"
    from ${episodes}
    where ${and(eq(episodes.userId, userId), between(episodes.nightOf, from, to))}
    group by ${episodes.nightOf}`);
}

export async function listCheckinNights({ userId, from, to }: Period): Promise<CheckinNightRow[]> {
  return selectRows<CheckinNightRow>(sql`
    select ${nightCheckins.nightOf}::text as "nightOf", ${nightCheckins.hadSymptoms} as "hadSymptoms",
      ${nightCheckins.hoursSlept} as "hoursSlept"
    from ${nightCheckins}
    where ${and(eq(nightCheckins.userId, userId), between(nightCheckins.nightOf, from, to))}`);
}

/** Per night with any stretching: whether one was before bed, and the routines done. */
export async function listStretchNights({ userId, from, to }: Period): Promise<StretchNightRow[]> {
  return selectRows<StretchNightRow>(sql`
    select ${stretchSessions.nightOf}::text as "nightOf",
      bool_or(${stretchSessions.context} = 'before_bed') as "beforeBed",
      coalesce(array_agg(distinct ${stretchSessions.routineId}::text) filter (where ${stretchSessions.routineId} is not null), '{}') as "routineIds"
    from ${stretchSessions}
    where ${and(eq(stretchSessions.userId, userId), between(stretchSessions.nightOf, from, to))}
    group by ${stretchSessions.nightOf}`);
}

/** The day's built-in factors; the last caffeine in whole minutes, seconds dropped (13:59:30 is not yet late). */
export async function listFactorDayRecords({ userId, from, to }: Period): Promise<FactorDayRecord[]> {
  return selectRows<FactorDayRecord>(sql`
    select ${dailyFactors.day}::text as "day",
      ${dailyFactors.caffeineServings}::int as "caffeineServings",
      floor(extract(epoch from ${dailyFactors.lastCaffeineAt}) / 60)::int as "lastCaffeineMinutes",
      ${dailyFactors.alcoholDrinks}::int as "alcoholDrinks",
      ${dailyFactors.exerciseMinutes}::int as "exerciseMinutes",
      ${dailyFactors.exerciseTimeOfDay} as "exerciseTimeOfDay",
      ${dailyFactors.stress}::int as "stress",
      ${dailyFactors.ironSupplement} as "ironSupplement"
    from ${dailyFactors}
    where ${and(eq(dailyFactors.userId, userId), between(dailyFactors.day, from, to))}`);
}

export async function listCustomValueRows({ userId, from, to }: Period): Promise<CustomValueRow[]> {
  return selectRows<CustomValueRow>(sql`
    select ${customFactorValues.day}::text as "day", ${customFactorValues.factorId}::text as "factorId",
      ${customFactorValues.value} as "value"
    from ${customFactorValues}
    where ${and(eq(customFactorValues.userId, userId), between(customFactorValues.day, from, to))}`);
}

/**
 * The nights of a period as every analysis reads them (see NightRecord); the day's factors only
 * when asked for, since most pages do not need them.
 */
export async function listNightRecords({
  userId,
  timeZone,
  from,
  to,
  include = {},
}: Period & { timeZone: string; include?: { stretching?: boolean; factors?: boolean } }): Promise<NightRecord[]> {
  if (from > to) return [];
  const { stretching = true, factors = false } = include;
  const [episodes, checkins, stretchRows, factorDays, customValues] = await Promise.all([
    listEpisodeNights({ userId, timeZone, from, to }),
    listCheckinNights({ userId, from, to }),
    stretching ? listStretchNights({ userId, from, to }) : Promise.resolve([]),
    factors ? listFactorDayRecords({ userId, from, to }) : Promise.resolve([]),
    factors ? listCustomValueRows({ userId, from, to }) : Promise.resolve([]),
  ]);
  return assembleNightRecords({
    from,
    to,
    episodes,
    checkins,
    stretching: stretchRows,
    factors: factors ? { days: factorDays, custom: customValues } : undefined,
  });
}

/** Whether anything is logged for a night: a check-in or an episode (the "last night not logged" banner). */
export async function isNightLogged({ userId, nightOf }: { userId: string; nightOf: string }): Promise<boolean> {
  const db = await getDb();
  const [[checkin], [episode]] = await Promise.all([
    db.select({ id: nightCheckins.id }).from(nightCheckins).where(and(eq(nightCheckins.userId, userId), eq(nightCheckins.nightOf, nightOf))).limit(1),
    db.select({ id: episodes.id }).from(episodes).where(and(eq(episodes.userId, userId), eq(episodes.nightOf, nightOf))).limit(1),
  ]);
  return !!checkin || !!episode;
}
