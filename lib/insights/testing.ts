import type { DemoData } from '../demo/generate';
import type { NightFactors, NightRecord } from '../nights/night-record';

const minutesOf = (clock: string | null) => (clock === null ? null : Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)));

/** NightRecords built from the demo generator's rows, as the read model would return them (tests only, no database). */
export function nightRecordsFromDemo(data: DemoData): NightRecord[] {
  const factorsByDay = new Map(data.dailyFactors.map((f) => [f.day, f]));
  const customByDay = new Map<string, Record<string, number>>();
  for (const v of data.customFactorValues) customByDay.set(v.day, { ...customByDay.get(v.day), [v.factorId]: v.value });
  const checkinByNight = new Map(data.checkins.map((c) => [c.nightOf, c]));
  return data.nights.map((night): NightRecord => {
    const episodes = data.episodes.filter((e) => e.nightOf === night);
    const checkin = checkinByNight.get(night);
    const sessions = data.stretchSessions.filter((s) => s.nightOf === night);
    const day = factorsByDay.get(night);
    const factors: NightFactors | null = day
      ? {
          caffeineServings: day.caffeineServings,
          lastCaffeineMinutes: minutesOf(day.lastCaffeineAt),
          alcoholDrinks: day.alcoholDrinks,
          exerciseMinutes: day.exerciseMinutes,
          exerciseTimeOfDay: day.exerciseTimeOfDay,
          stress: day.stress,
          ironSupplement: day.ironSupplement,
          custom: customByDay.get(night) ?? {},
        }
      : null;
    const status = episodes.length > 0 || checkin?.hadSymptoms ? 'episodes' : checkin ? 'symptom_free' : 'unknown';
    return {
      nightOf: night,
      status,
      worstSeverity:
        episodes.length > 0 ? Math.max(...episodes.map((e) => e.severity)) : status === 'symptom_free' ? 0 : null,
      episodeCount: episodes.length,
      firstOnset: null,
      hoursSlept: checkin?.hoursSlept ?? null,
      beforeBedStretch: sessions.some((s) => s.context === 'before_bed'),
      routineIds: [...new Set(sessions.flatMap((s) => (s.routineId ? [s.routineId] : [])))],
      factors,
    };
  });
}
