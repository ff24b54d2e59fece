import { describe, expect, it } from 'vitest';
import { FUTURE_DOSE_MESSAGE, doseTimeAtTap, doseTimeError } from './dose-time';

const zone = 'Europe/Berlin';
// 02:10 in Berlin, on the night of 29 November.
const tap = new Date('2026-11-30T01:10:00Z');

describe('doseTimeAtTap', () => {
  it('is the device clock at the tap when the time was left alone, read in the user’s zone', () => {
    expect(doseTimeAtTap(null, tap, zone)).toBe('2026-11-30T02:10');
    expect(doseTimeAtTap(null, tap, 'America/New_York')).toBe('2026-11-29T20:10');
  });

  it('is what the user entered otherwise', () => {
    expect(doseTimeAtTap('2026-11-29T22:30', tap, zone)).toBe('2026-11-29T22:30');
  });
});

describe('doseTimeError', () => {
  it('accepts now and the past, with a few minutes of clock drift', () => {
    expect(doseTimeError('2026-11-30T02:10', tap, zone)).toBeUndefined();
    expect(doseTimeError('2026-11-30T02:15', tap, zone)).toBeUndefined();
    expect(doseTimeError('2026-11-20T21:00', tap, zone)).toBeUndefined();
  });

  it('refuses a dose still to come and an empty or impossible time', () => {
    expect(doseTimeError('2026-11-30T02:16', tap, zone)).toBe(FUTURE_DOSE_MESSAGE);
    expect(doseTimeError('', tap, zone)).toBe('Enter a date and time');
    expect(doseTimeError('2026-02-30T02:00', tap, zone)).toBe('Enter a date and time');
  });
});
