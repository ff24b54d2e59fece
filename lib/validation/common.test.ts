import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseInput, UNREADABLE_INPUT_MESSAGE } from './parse-input';
import { calendarDateSchema, notesSchema, shortTextSchema, tappedAtSchema, wallTimeSchema } from './common';

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

describe('tappedAtSchema', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps the moment of the tap, however late it is sent', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T09:00:00Z') });
    expect(tappedAtSchema.parse('2026-11-30T02:10:00+01:00')).toEqual(new Date('2026-11-30T01:10:00Z'));
    expect(tappedAtSchema.parse('2026-11-28T23:59:59.123Z')).toEqual(new Date('2026-11-28T23:59:59.123Z'));
  });

  it('reads a device clock running ahead as now: a tap cannot be in the future', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T02:00:00Z') });
    expect(tappedAtSchema.parse('2026-11-30T02:07:00Z')).toEqual(new Date('2026-11-30T02:00:00Z'));
    expect(tappedAtSchema.parse('2026-11-30T01:59:00Z')).toEqual(new Date('2026-11-30T01:59:00Z'));
  });

  it('needs a full instant with its offset, in the years the app knows', () => {
    vi.useFakeTimers({ now: new Date('2300-01-01T00:00:00Z') });
    for (const bad of ['2026-11-30T02:00', '2026-11-30', 'now', '1899-12-31T23:00:00Z', '2201-01-01T00:00:00Z']) {
      expect(tappedAtSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('text fields', () => {
  it('refuse invisible control characters (a NUL cannot be stored) but keep line breaks and tabs', () => {
    expect(notesSchema.safeParse('calf\u0000stretch').error?.issues[0]?.message).toBe('Remove the invisible control characters');
    expect(shortTextSchema('a name').safeParse('bell\u0007').success).toBe(false);
    expect(notesSchema.parse('line one\nline two\twith a tab')).toBe('line one\nline two\twith a tab');
  });
});

describe('parseInput', () => {
  it('refuses, rather than throws on, a value zod cannot read (an object whose length has no prototype)', async () => {
    const exotic = { length: Object.create(null) };
    expect(() => notesSchema.safeParse(exotic)).toThrow();
    const result = await parseInput(notesSchema, exotic);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNREADABLE_INPUT_MESSAGE);
  });
});
