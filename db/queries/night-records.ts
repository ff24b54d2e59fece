import 'server-only';
import { and, between, eq, sql } from 'drizzle-orm';
import type { NightRecord } from '@/lib/nights/night-record';
import {
  assembleNightRecords,
  type CustomValueRow,
  type FactorDayRecord,
  type StretchNightRow,
} from '@/lib/nights/night-records';
import { customFactorValues, dailyFactors, stretchSessions } from '../schema';
import { selectRows } from './raw-rows';
import { listCheckinNights, listEpisodeNights } from './trends';

type Period = { userId: string; from: string; to: string };

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

export async function listFactorDayRecords({ userId, from, to }: Period): Promise<FactorDayRecord[]> {
  return selectRows<FactorDayRecord>(sql`
    select ${dailyFactors.day}::text as "day",
      ${dailyFactors.caffeineServings}::int as "caffeineServings",
      (extract(epoch from ${dailyFactors.lastCaffeineAt}) / 60)::int as "lastCaffeineMinutes",
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
      ${customFactorValues.value}::float8 as "value"
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
