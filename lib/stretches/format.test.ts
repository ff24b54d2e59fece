import { describe, expect, it } from 'vitest';
import { describeSession, formatMinutes, formatSessionTime } from './format';

describe('describeSession', () => {
  it('describes a single stretch', () => {
    expect(describeSession({ sides: 'both', holdSeconds: 30, repetitions: 2, totalMinutes: null })).toBe(
      '2 × 30 s · both sides',
    );
  });

  it('describes a routine played with the timer', () => {
    expect(describeSession({ sides: 'both', holdSeconds: null, repetitions: null, totalMinutes: 5.54 })).toBe(
      'both sides · 5.5 min',
    );
  });

  it('leaves out what was not recorded', () => {
    expect(describeSession({ sides: 'none', holdSeconds: null, repetitions: null, totalMinutes: null })).toBe('');
    expect(describeSession({ sides: 'left', holdSeconds: 15, repetitions: null, totalMinutes: 0.5 })).toBe(
      '1 × 15 s · left only · 30 s',
    );
  });
});

describe('formatMinutes and formatSessionTime', () => {
  it('formats minutes', () => {
    expect(formatMinutes(0.1)).toBe('6 s');
    expect(formatMinutes(12)).toBe('12 min');
  });

  it('formats in the given time zone', () => {
    expect(formatSessionTime('2025-03-10T21:15:00Z', 'Europe/Berlin')).toBe('Mon 10 Mar, 22:15');
    expect(formatSessionTime('2025-03-10T21:15:00Z', 'Asia/Tokyo')).toBe('Tue 11 Mar, 06:15');
  });
});
