import { describe, expect, it } from 'vitest';
import { checkEpisodeTimes } from './times';
import { severityAnchor } from './vocabulary';

const now = new Date('2026-11-30T02:00:00Z');
const at = (iso: string) => new Date(iso);

describe('checkEpisodeTimes', () => {
  it('accepts a normal night episode and a running one', () => {
    expect(checkEpisodeTimes(at('2026-11-29T22:00:00Z'), at('2026-11-29T22:40:00Z'), now)).toEqual({});
    expect(checkEpisodeTimes(at('2026-11-30T01:59:00Z'), null, now)).toEqual({});
  });

  it('refuses an end before or at its start', () => {
    expect(checkEpisodeTimes(at('2026-11-29T22:00:00Z'), at('2026-11-29T21:00:00Z'), now).endedAt).toMatch(/after the start/);
    expect(checkEpisodeTimes(at('2026-11-29T22:00:00Z'), at('2026-11-29T22:00:00Z'), now).endedAt).toMatch(/after the start/);
  });

  it('refuses an episode longer than 24 hours', () => {
    expect(checkEpisodeTimes(at('2026-11-28T00:00:00Z'), at('2026-11-29T00:00:01Z'), now).endedAt).toMatch(/24 hours/);
    expect(checkEpisodeTimes(at('2026-11-28T00:00:00Z'), at('2026-11-29T00:00:00Z'), now)).toEqual({});
  });

  it('allows five minutes of clock drift into the future, not more', () => {
    expect(checkEpisodeTimes(at('2026-11-30T02:05:00Z'), null, now)).toEqual({});
    expect(checkEpisodeTimes(at('2026-11-30T02:05:01Z'), null, now).startedAt).toMatch(/future/);
  });
});

describe('severityAnchor', () => {
  it('names the bands of the 0–10 scale', () => {
    expect([0, 1, 3, 4, 6, 7, 9, 10].map(severityAnchor)).toEqual([
      'None', 'Mild', 'Mild', 'Moderate', 'Moderate', 'Severe', 'Severe', 'Worst imaginable',
    ]);
  });
});
