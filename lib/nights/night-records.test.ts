import { describe, expect, it } from 'vitest';
import { assembleNightRecords } from './night-records';

const day = {
  caffeineServings: 2,
  lastCaffeineMinutes: 900,
  alcoholDrinks: 0,
  exerciseMinutes: 30,
  exerciseTimeOfDay: 'evening',
  stress: 4,
  ironSupplement: false,
};

describe('assembleNightRecords', () => {
  it('gives every night of the period, unknown nights kept and never symptom-free', () => {
    const records = assembleNightRecords({
      from: '2026-03-28',
      to: '2026-03-31',
      episodes: [{ nightOf: '2026-03-28', episodeCount: 2, worstSeverity: 6, firstOnset: 600 }],
      checkins: [
        { nightOf: '2026-03-28', hadSymptoms: true, hoursSlept: 5.5 },
        { nightOf: '2026-03-29', hadSymptoms: false, hoursSlept: 8 },
        { nightOf: '2026-03-30', hadSymptoms: true, hoursSlept: null },
      ],
    });
    expect(records.map((r) => [r.nightOf, r.status, r.worstSeverity, r.episodeCount])).toEqual([
      ['2026-03-28', 'episodes', 6, 2],
      ['2026-03-29', 'symptom_free', 0, 0],
      ['2026-03-30', 'episodes', null, 0],
      ['2026-03-31', 'unknown', null, 0],
    ]);
    expect(records[0]).toMatchObject({ firstOnset: 600, hoursSlept: 5.5, beforeBedStretch: false, routineIds: [], factors: null });
  });

  it('carries stretching and the day’s factors, built-in and custom', () => {
    const [first, second, third] = assembleNightRecords({
      from: '2026-01-01',
      to: '2026-01-03',
      episodes: [],
      checkins: [],
      stretching: [{ nightOf: '2026-01-01', beforeBed: true, routineIds: ['r-1'] }],
      factors: {
        days: [{ day: '2026-01-01', ...day }],
        custom: [
          { day: '2026-01-01', factorId: 'f-1', value: 1 },
          { day: '2026-01-02', factorId: 'f-1', value: 0 },
        ],
      },
    });
    expect(first).toMatchObject({ beforeBedStretch: true, routineIds: ['r-1'], factors: { ...day, custom: { 'f-1': 1 } } });
    expect(second!.factors).toMatchObject({ caffeineServings: null, stress: null, custom: { 'f-1': 0 } });
    expect(third!.factors).toBeNull();
  });
});
