import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { endEpisodeSchema, episodeFormSchema } from './episodes';

const tz = 'Europe/Berlin';
const now = () => new Date('2026-11-30T02:00:00Z');
const base = { id: randomUUID(), startedAt: '2026-11-29T23:00', endedAt: '2026-11-29T23:45', severity: 6 };
const fieldsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('episodeFormSchema', () => {
  it('reads wall times in the user’s zone', () => {
    const parsed = episodeFormSchema(tz, now).parse(base);
    expect(parsed.startedAt.toISOString()).toBe('2026-11-29T22:00:00.000Z');
    expect(parsed.bodyAreas).toEqual([]);
  });

  it('takes a duration instead of an end', () => {
    const { endedAt: _e, ...noEnd } = base;
    const parsed = episodeFormSchema(tz, now).parse({ ...noEnd, durationMinutes: 30 });
    expect(parsed.endedAt.toISOString()).toBe('2026-11-29T22:30:00.000Z');
  });

  it.each([
    [{ severity: 11 }, 'severity'],
    [{ severity: -1 }, 'severity'],
    [{ severity: 3.5 }, 'severity'],
    [{ endedAt: '2026-11-29T22:00' }, 'endedAt'],
    [{ endedAt: '2026-11-30T23:30' }, 'endedAt'],
    [{ startedAt: '2026-11-30T03:10', endedAt: undefined, durationMinutes: 5 }, 'startedAt'],
    [{ bodyAreas: ['left_leg', 'tail'] }, 'bodyAreas.1'],
    [{ notes: 'x'.repeat(2001) }, 'notes'],
  ])('refuses %j on field %s', (change, field) => {
    const r = episodeFormSchema(tz, now).safeParse({ ...base, ...change });
    expect(r.success).toBe(false);
    expect(fieldsOf(r)).toContain(field);
  });
});

it('reports a missing severity and a bad end together', () => {
  const r = episodeFormSchema(tz, now).safeParse({ ...base, severity: undefined, endedAt: '2026-11-29T22:00' });
  expect(fieldsOf(r).sort()).toEqual(['endedAt', 'severity']);
});

describe('endEpisodeSchema', () => {
  it('needs a whole severity', () => {
    expect(endEpisodeSchema.safeParse({ id: randomUUID(), endedAt: new Date().toISOString(), severity: 7 }).success).toBe(true);
    expect(endEpisodeSchema.safeParse({ id: randomUUID(), endedAt: new Date().toISOString(), severity: 7.5 }).success).toBe(false);
  });
});
