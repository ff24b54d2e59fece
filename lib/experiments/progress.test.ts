import { describe, expect, it } from 'vitest';
import { formatDifference, formatProbability, progressOf, verdictTone } from './progress';
import { buildSchedule } from './schedule';

describe('experiment progress and figures', () => {
  const schedule = buildSchedule({ startNight: '2026-01-01', blockLength: 2, order: ['A', 'B', 'B', 'A'], washoutNights: 1, pauses: [{ from: '2026-01-03', to: '2026-01-03' }] });

  it('counts scheduled nights to tonight, skipping a pause', () => {
    expect(progressOf(schedule, '2026-01-04', 4, 2)).toEqual({
      nightsSoFar: 3,
      totalNights: 8,
      block: 2,
      blockCount: 4,
      firstNight: '2026-01-01',
      lastNight: '2026-01-09',
    });
    expect(progressOf(schedule, '2025-12-31', 4, 2)).toMatchObject({ nightsSoFar: 0, block: null });
  });

  it('formats differences, probabilities and tones', () => {
    expect(formatDifference({ diff: -1.62, ciLow: -2.44, ciHigh: -0.8 })).toBe('−1.6 (95% interval −2.4 to −0.8)');
    expect(formatDifference(null)).toBe('—');
    expect(formatProbability(0.999)).toBe('> 99%');
    expect(formatProbability(0.004)).toBe('< 1%');
    expect(formatProbability(0.914)).toBe('91%');
    expect(verdictTone('likely helps')).toBe('good');
    expect(verdictTone('likely worse')).toBe('bad');
    expect(verdictTone('not enough data yet')).toBe('neutral');
  });
});
