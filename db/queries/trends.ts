import 'server-only';
import { and, between, eq, min, sql, type SQL } from 'drizzle-orm';
import {
  fillNights,
  type CheckinNightRow,
  type EpisodeNightRow,
  type FactorDayRow,
  type OverlayFactor,
  type TrendNight,
} from '@/lib/trends';
import type { BuiltInFactorKey } from '@/lib/trends/factors';
import { getDb } from '../client';
import { selectRows } from './raw-rows';
import { customFactorValues, dailyFactors, episodes, nightCheckins, stretchSessions } from '../schema';

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
export async function listEpisodeNights({
  userId,
  timeZone,
  from,
  to,
}: {
  userId: string;
  timeZone: string;
  from: string;
  to: string;
}): Promise<EpisodeNightRow[]> {
  return selectRows<EpisodeNightRow>(sql`
    select ${episodes.nightOf}::text as "nightOf", count(*)::int as "episodeCount",
      max(${episodes.severity})::int as "worstSeverity", ${firstOnsetMinutes(timeZone)} as "firstOnset"
    from ${episodes}
    where ${and(eq(episodes.userId, userId), between(episodes.nightOf, from, to))}
    group by ${episodes.nightOf}`);
}

export async function listCheckinNights({ userId, from, to }: { userId: string; from: string; to: string }): Promise<CheckinNightRow[]> {
  return selectRows<CheckinNightRow>(sql`
    select ${nightCheckins.nightOf}::text as "nightOf", ${nightCheckins.hadSymptoms} as "hadSymptoms",
      ${nightCheckins.hoursSlept} as "hoursSlept"
    from ${nightCheckins}
    where ${and(eq(nightCheckins.userId, userId), between(nightCheckins.nightOf, from, to))}`);
}

/** Nights with at least one stretching session before bed. */
export async function listBeforeBedStretchNights({ userId, from, to }: { userId: string; from: string; to: string }): Promise<string[]> {
  const rows = await selectRows<{ nightOf: string }>(sql`
    select distinct ${stretchSessions.nightOf}::text as "nightOf"
    from ${stretchSessions}
    where ${and(eq(stretchSessions.userId, userId), eq(stretchSessions.context, 'before_bed'), between(stretchSessions.nightOf, from, to))}`);
  return rows.map((r) => r.nightOf);
}

const BUILT_IN_VALUE: Record<BuiltInFactorKey, SQL<number | null>> = {
  caffeine: sql`${dailyFactors.caffeineServings}::float8`,
  // No caffeine at all is "not late"; servings without a time stay unknown.
  late_caffeine: sql`case when ${dailyFactors.lastCaffeineAt} is not null then extract(epoch from ${dailyFactors.lastCaffeineAt})::float8 / 60 when ${dailyFactors.caffeineServings} = 0 then 0 end`,
  alcohol: sql`${dailyFactors.alcoholDrinks}::float8`,
  exercise: sql`${dailyFactors.exerciseMinutes}::float8`,
  stress: sql`${dailyFactors.stress}::float8`,
  iron: sql`${dailyFactors.ironSupplement}::int::float8`,
};

/** The overlay factor's value per day (the day is the night it affects). */
export async function listFactorDays({
  userId,
  factor,
  from,
  to,
}: {
  userId: string;
  factor: OverlayFactor;
  from: string;
  to: string;
}): Promise<FactorDayRow[]> {
  if (factor.source.kind === 'custom') {
    return selectRows<FactorDayRow>(sql`
      select ${customFactorValues.day}::text as "day", ${customFactorValues.value} as "value"
      from ${customFactorValues}
      where ${and(
        eq(customFactorValues.userId, userId),
        eq(customFactorValues.factorId, factor.source.factorId),
        between(customFactorValues.day, from, to),
      )}`);
  }
  return selectRows<FactorDayRow>(sql`
    select ${dailyFactors.day}::text as "day", ${BUILT_IN_VALUE[factor.source.column]} as "value"
    from ${dailyFactors}
    where ${and(eq(dailyFactors.userId, userId), between(dailyFactors.day, from, to))}`);
}

/**
 * Every night from `from` to `to`, aggregated in the database and gap-filled once: unknown
 * nights stay gaps, never zeros.
 */
export async function getTrendNights({
  userId,
  timeZone,
  from,
  to,
  factor = null,
  stretching = true,
}: {
  userId: string;
  timeZone: string;
  from: string;
  to: string;
  factor?: OverlayFactor | null;
  stretching?: boolean;
}): Promise<TrendNight[]> {
  if (from > to) return [];
  const [episodeRows, checkinRows, stretchNights, factorRows] = await Promise.all([
    listEpisodeNights({ userId, timeZone, from, to }),
    listCheckinNights({ userId, from, to }),
    stretching ? listBeforeBedStretchNights({ userId, from, to }) : Promise.resolve([]),
    factor ? listFactorDays({ userId, factor, from, to }) : Promise.resolve([]),
  ]);
  return fillNights({
    from,
    to,
    episodes: episodeRows,
    checkins: checkinRows,
    beforeBedNights: stretchNights,
    factor: factor ? { rule: factor.rule, values: factorRows } : undefined,
  });
}
