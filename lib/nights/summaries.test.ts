import { describe, expect, it } from 'vitest';
import { summarizeNights } from './summaries';

describe('summarizeNights', () => {
  it('marks each night symptom-free, with episodes or unknown, filling gaps', () => {
    const nights = summarizeNights(
      '2026-03-28',
      '2026-03-31',
      [{ nightOf: '2026-03-29', episodeCount: 2, worstSeverity: 7 }],
      [
        { nightOf: '2026-03-28', hadSymptoms: false },
        { nightOf: '2026-03-29', hadSymptoms: true },
        { nightOf: '2026-03-31', hadSymptoms: true },
      ],
    );
    expect(nights.map((n) => [n.nightOf, n.status, n.worstSeverity])).toEqual([
      ['2026-03-28', 'symptom_free', 0],
      ['2026-03-29', 'episodes', 7],
      ['2026-03-30', 'unknown', null],
      ['2026-03-31', 'episodes', null],
    ]);
  });

  it('lets logged episodes outweigh a contradicting "no symptoms" check-in', () => {
    const [night] = summarizeNights('2026-01-01', '2026-01-01', [{ nightOf: '2026-01-01', episodeCount: 1, worstSeverity: 3 }], [
      { nightOf: '2026-01-01', hadSymptoms: false },
    ]);
    expect(night).toMatchObject({ status: 'episodes', worstSeverity: 3 });
  });

  it('returns nothing for an empty range', () => {
    expect(summarizeNights('2026-01-02', '2026-01-01', [], [])).toEqual([]);
  });
});
