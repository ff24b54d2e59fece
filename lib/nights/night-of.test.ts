import { describe, expect, it } from 'vitest';
import { addDays, consecutiveDates, datesBetween, isCalendarDate, isValidTimeZone, lastNightOf, localDateOf, nightOf, onsetMinutesAfterNoon, tonightOf } from './index';

/** Every 15 minutes from `startUtc` for `hours` hours. */
function instantsEvery15Minutes(startUtc: string, hours: number): Date[] {
  const start = new Date(startUtc).getTime();
  return Array.from({ length: hours * 4 + 1 }, (_, i) => new Date(start + i * 15 * 60_000));
}

describe('nightOf across daylight-saving changes', () => {
  const cases = [
    // timeZone, a UTC instant at local noon the day before the change, the night that holds the change
    { timeZone: 'Europe/Berlin', fromUtc: '2026-03-28T11:00:00Z', night: '2026-03-28', label: 'spring forward' },
    { timeZone: 'Europe/Berlin', fromUtc: '2026-10-24T10:00:00Z', night: '2026-10-24', label: 'fall back' },
    { timeZone: 'America/New_York', fromUtc: '2026-03-07T17:00:00Z', night: '2026-03-07', label: 'spring forward' },
    { timeZone: 'America/New_York', fromUtc: '2026-10-31T16:00:00Z', night: '2026-10-31', label: 'fall back' },
  ];

  it.each(cases)('$timeZone $label: the night neither moves nor duplicates', ({ timeZone, fromUtc, night }) => {
    // 23, 24 or 25 real hours make up the local noon-to-noon night; cover 26 to see the edges.
    const nights = instantsEvery15Minutes(fromUtc, 26).map((instant) => nightOf(instant, timeZone));
    const distinct = [...new Set(nights)];
    expect(distinct).toEqual([night, addDays(night, 1)]);
    // Sorted instants must give non-decreasing nights: no night reappears after the next began.
    expect([...nights].sort()).toEqual(nights);
  });

  it('spring forward: 01:59 and 03:00 local are one minute apart and the same night', () => {
    expect(nightOf('2026-03-29T00:59:00Z', 'Europe/Berlin')).toBe('2026-03-28');
    expect(nightOf('2026-03-29T01:00:00Z', 'Europe/Berlin')).toBe('2026-03-28');
    expect(onsetMinutesAfterNoon('2026-03-29T00:59:00Z', 'Europe/Berlin')).toBe(839);
    expect(onsetMinutesAfterNoon('2026-03-29T01:00:00Z', 'Europe/Berlin')).toBe(900);
  });

  it('fall back: the repeated hour stays on one night and repeats its wall-clock minutes', () => {
    const first = '2026-11-01T05:30:00Z'; // 01:30 EDT
    const second = '2026-11-01T06:30:00Z'; // 01:30 EST
    expect(nightOf(first, 'America/New_York')).toBe('2026-10-31');
    expect(nightOf(second, 'America/New_York')).toBe('2026-10-31');
    expect(onsetMinutesAfterNoon(first, 'America/New_York')).toBe(onsetMinutesAfterNoon(second, 'America/New_York'));
  });
});

describe('nightOf and onsetMinutesAfterNoon', () => {
  it('switches night at local noon and wraps minutes at midnight', () => {
    expect(nightOf('2026-05-10T11:59:59Z', 'UTC')).toBe('2026-05-09');
    expect(nightOf('2026-05-10T12:00:00Z', 'UTC')).toBe('2026-05-10');
    expect(onsetMinutesAfterNoon('2026-05-10T22:30:00Z', 'UTC')).toBe(630);
    expect(onsetMinutesAfterNoon('2026-05-11T01:15:59Z', 'UTC')).toBe(795);
  });

  it('reads the first hour after midnight as 00, not 24', () => {
    expect(onsetMinutesAfterNoon('2026-05-11T00:05:00Z', 'UTC')).toBe(725);
    expect(localDateOf('2026-05-11T00:05:00Z', 'UTC')).toBe('2026-05-11');
  });

  it('accepts Date objects and rejects invalid instants and zones', () => {
    expect(nightOf(new Date('2026-05-11T03:00:00Z'), 'UTC')).toBe('2026-05-10');
    expect(() => nightOf('not a date', 'UTC')).toThrow(RangeError);
    expect(() => nightOf('2026-05-11T03:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('lastNightOf', () => {
  const timeZone = 'Europe/Berlin';

  it('at 08:00 on the 30th, tonight and last night are both the 29th', () => {
    const now = '2026-06-30T06:00:00Z'; // 08:00 CEST
    expect(tonightOf(now, timeZone)).toBe('2026-06-29');
    expect(lastNightOf(now, timeZone)).toBe('2026-06-29');
  });

  it('at 15:00 on the 30th, tonight is the 30th and last night is still the 29th', () => {
    const now = '2026-06-30T13:00:00Z'; // 15:00 CEST
    expect(tonightOf(now, timeZone)).toBe('2026-06-30');
    expect(lastNightOf(now, timeZone)).toBe('2026-06-29');
  });

  it('changes only at local midnight', () => {
    expect(lastNightOf('2026-06-30T21:59:00Z', timeZone)).toBe('2026-06-29');
    expect(lastNightOf('2026-06-30T22:00:00Z', timeZone)).toBe('2026-06-30');
  });
});

describe('calendar helpers', () => {
  it('addDays is pure calendar arithmetic across DST, months, leap years and years', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-01-31', 365)).toBe('2027-01-31');
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
  });

  it('datesBetween and consecutiveDates list each calendar date once, agreeing with addDays', () => {
    expect(datesBetween('2028-02-27', '2028-03-01')).toEqual(['2028-02-27', '2028-02-28', '2028-02-29', '2028-03-01']);
    expect(datesBetween('2026-03-01', '2026-02-28')).toEqual([]);
    const fiveYears = consecutiveDates('2022-12-30', 1900);
    expect(fiveYears).toHaveLength(1900);
    expect(fiveYears.every((d, i) => d === addDays('2022-12-30', i))).toBe(true);
    expect(consecutiveDates('2026-01-01', 0)).toEqual([]);
  });

  it('addDays rejects malformed dates and fractional days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-2-3', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-03', 0.5)).toThrow(RangeError);
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
  });

  it('isValidTimeZone knows IANA names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Pacific/Chatham')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
