import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate';
import { demoNightRecords } from './night-records';

const options = { today: '2026-06-01', timeZone: 'Europe/Berlin', seed: 7, nights: 60 };

describe('demoNightRecords', () => {
  it('gives one record per night, unknown nights without a severity', () => {
    const records = demoNightRecords(generateDemoData(options));
    expect(records).toHaveLength(60);
    for (const r of records) {
      if (r.status === 'unknown') expect(r.worstSeverity).toBeNull();
      if (r.status === 'symptom_free') expect(r.worstSeverity).toBe(0);
      if (r.status === 'episodes') expect(r.worstSeverity).toBeGreaterThan(0);
    }
    expect(records.filter((r) => r.status === 'unknown').length).toBeGreaterThanOrEqual(6);
  });

  it('follows routineOn exactly, and leaves the default output as it was', () => {
    const even = (night: string) => Number(night.slice(-2)) % 2 === 0;
    const data = generateDemoData({ ...options, routineOn: even });
    for (const r of demoNightRecords(data)) {
      if (r.factors) expect(r.routineIds.includes(data.routine.id)).toBe(even(r.nightOf));
    }
    expect(generateDemoData(options)).toEqual(generateDemoData({ ...options, exactEffects: true }));
  });
});
