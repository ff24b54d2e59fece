import type { NightRecord } from '../nights/night-record';
import { onsetMinutesAfterNoon } from '../nights/night-of';
import type { DemoData } from './generate';

const minutesOf = (clock: string | null): number | null => {
  if (clock === null) return null;
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** The demo data as the night read model sees it, without a database (for simulations and tests). */
export function demoNightRecords(data: DemoData): NightRecord[] {
  return data.nights.map((night) => {
    const episodes = data.episodes.filter((e) => e.nightOf === night);
    const checkin = data.checkins.find((c) => c.nightOf === night);
    const sessions = data.stretchSessions.filter((s) => s.nightOf === night);
    const factors = data.dailyFactors.find((f) => f.day === night);
    const custom = Object.fromEntries(
      data.customFactorValues.filter((v) => v.day === night).map((v) => [v.factorId, v.value]),
    );
    const status = episodes.length > 0 ? 'episodes' : checkin && !checkin.hadSymptoms ? 'symptom_free' : 'unknown';
    const first = episodes.reduce<Date | null>((min, e) => (!min || e.startedAt < min ? e.startedAt : min), null);
    return {
      nightOf: night,
      status,
      worstSeverity:
        status === 'episodes' ? Math.max(...episodes.map((e) => e.severity)) : status === 'symptom_free' ? 0 : null,
      episodeCount: episodes.length,
      firstOnset: first ? onsetMinutesAfterNoon(first, data.timeZone) : null,
      hoursSlept: checkin?.hoursSlept ?? null,
      beforeBedStretch: sessions.some((s) => s.context === 'before_bed'),
      routineIds: [...new Set(sessions.flatMap((s) => (s.routineId ? [s.routineId] : [])))],
      factors: factors
        ? {
            caffeineServings: factors.caffeineServings,
            lastCaffeineMinutes: minutesOf(factors.lastCaffeineAt),
            alcoholDrinks: factors.alcoholDrinks,
            exerciseMinutes: factors.exerciseMinutes,
            exerciseTimeOfDay: factors.exerciseTimeOfDay,
            stress: factors.stress,
            ironSupplement: factors.ironSupplement,
            custom,
          }
        : null,
    };
  });
}
