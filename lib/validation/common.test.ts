import { describe, expect, it } from 'vitest';
import { calendarDateSchema, wallTimeSchema } from './common';

describe('date inputs', () => {
  it('refuse dates the database would reject or that do not exist', () => {
    expect(calendarDateSchema.safeParse('2026-11-29').success).toBe(true);
    for (const bad of ['0000-01-01', '2026-02-30', '2026-1-1', '9999-12-31']) {
      expect(calendarDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('refuse impossible wall times instead of rolling them over', () => {
    expect(wallTimeSchema.safeParse('2026-11-29T23:59').success).toBe(true);
    expect(wallTimeSchema.safeParse('2024-02-31T10:00').success).toBe(false);
    expect(wallTimeSchema.safeParse('2026-11-29T24:00').success).toBe(false);
  });
});
