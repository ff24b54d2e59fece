import { describe, expect, it } from 'vitest';
import { dayOfWeek, parseAcceptLanguage, weekStartFromAcceptLanguage, weekStartOf, weekStartOfLocale } from './weeks';

describe('weekStartOf', () => {
  it('finds the Monday of a week starting on Monday', () => {
    expect(dayOfWeek('2026-03-02')).toBe(1);
    expect(weekStartOf('2026-03-02', 1)).toBe('2026-03-02');
    expect(weekStartOf('2026-03-08', 1)).toBe('2026-03-02'); // a Sunday ends the week
    expect(weekStartOf('2026-03-09', 1)).toBe('2026-03-09');
  });

  it('finds the Sunday of a week starting on Sunday', () => {
    expect(weekStartOf('2026-03-08', 0)).toBe('2026-03-08');
    expect(weekStartOf('2026-03-07', 0)).toBe('2026-03-01');
    expect(weekStartOf('2026-03-02', 0)).toBe('2026-03-01');
  });

  it('crosses month, year and daylight-saving boundaries by calendar days', () => {
    expect(weekStartOf('2026-01-01', 1)).toBe('2025-12-29');
    expect(weekStartOf('2025-10-27', 0)).toBe('2025-10-26'); // Europe falls back on 26 Oct
    expect(weekStartOf('2026-03-31', 6)).toBe('2026-03-28');
  });
});

describe('week start from the visitor’s language', () => {
  it('orders Accept-Language tags by quality, then by position', () => {
    expect(parseAcceptLanguage('fr;q=0.5, de-DE, en-US;q=0.9, *;q=0.1')).toEqual(['de-DE', 'en-US', 'fr']);
    expect(parseAcceptLanguage('en;q=0, it')).toEqual(['it']);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it('uses the locale’s own first day of the week', () => {
    expect(weekStartOfLocale('en-US')).toBe(0);
    expect(weekStartOfLocale('de-DE')).toBe(1);
    expect(weekStartOfLocale('en-GB')).toBe(1);
    expect(weekStartOfLocale('ar-EG')).toBe(6);
    expect(weekStartFromAcceptLanguage('en-US,en;q=0.9')).toBe(0);
    expect(weekStartFromAcceptLanguage('de-DE,de;q=0.9,en;q=0.5')).toBe(1);
  });

  it('falls back to Monday when the header is missing or unusable', () => {
    expect(weekStartFromAcceptLanguage(null)).toBe(1);
    expect(weekStartFromAcceptLanguage('')).toBe(1);
    expect(weekStartFromAcceptLanguage('not a tag!!, *')).toBe(1);
  });
});
