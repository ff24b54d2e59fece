import { describe, expect, it } from 'vitest';
import { instantToClock, instantToWallTime, isWallTime, wallTimeToInstant } from './wall-time';

describe('wall times in the user’s time zone', () => {
  it('converts both ways, independent of the machine’s zone', () => {
    const instant = wallTimeToInstant('2026-11-29T22:30', 'America/New_York');
    expect(instant.toISOString()).toBe('2026-11-30T03:30:00.000Z');
    expect(instantToWallTime(instant, 'America/New_York')).toBe('2026-11-29T22:30');
    expect(instantToClock(instant, 'Asia/Tokyo')).toBe('12:30');
  });

  it('handles the fall-back hour and the spring-forward gap', () => {
    expect(wallTimeToInstant('2026-10-25T01:30', 'Europe/Berlin').toISOString()).toMatch(/^2026-10-24T23:30|^2026-10-25T00:30/);
    const gap = wallTimeToInstant('2026-03-29T02:30', 'Europe/Berlin');
    expect(instantToWallTime(gap, 'Europe/Berlin')).toBe('2026-03-29T03:30');
  });

  it('refuses malformed and impossible input', () => {
    expect(() => wallTimeToInstant('2026-11-29 22:30', 'UTC')).toThrow(RangeError);
    for (const bad of ['2024-02-31T10:00', '2026-11-29T24:00', '2026-11-29T99:99', '0000-01-01T10:00']) {
      expect(isWallTime(bad), bad).toBe(false);
    }
    expect(isWallTime('2024-02-29T23:59')).toBe(true);
  });
});
