import { describe, expect, it } from 'vitest';
import { checkSleepTimes, checkinSchema } from './checkins';

const tz = 'Europe/Berlin';

describe('sleep times', () => {
  it('accepts a bedtime that evening or after midnight, and a wake time within a day', () => {
    expect(checkSleepTimes('2026-11-28', new Date('2026-11-28T22:30:00Z'), new Date('2026-11-29T06:00:00Z'), tz)).toBeNull();
    expect(checkSleepTimes('2026-11-28', new Date('2026-11-29T00:30:00Z'), null, tz)).toBeNull();
  });

  it('refuses a bedtime of another night and a week-long sleep', () => {
    expect(checkSleepTimes('2026-11-28', new Date('2026-11-21T22:00:00Z'), null, tz)?.bedtime).toBeDefined();
    expect(checkSleepTimes('2026-11-28', new Date('2026-11-28T22:00:00Z'), new Date('2026-12-05T06:00:00Z'), tz)?.wakeTime).toBeDefined();
  });

  it('needs the wake time after the bedtime, and sensible numbers', () => {
    const base = { id: crypto.randomUUID(), nightOf: '2026-11-28', hadSymptoms: true };
    expect(checkinSchema.safeParse({ ...base, bedtime: '2026-11-28T23:00', wakeTime: '2026-11-28T22:00' }).success).toBe(false);
    expect(checkinSchema.safeParse({ ...base, sleepQuality: 6 }).success).toBe(false);
    expect(checkinSchema.safeParse({ ...base, hoursSlept: 25 }).success).toBe(false);
    expect(checkinSchema.safeParse({ ...base, awakenings: 2, sleepQuality: 4 }).success).toBe(true);
  });
});
