import { describe, expect, it } from 'vitest';
import type { ScheduledNight } from './schedule';
import { defaultBlock, nightsByBlock } from './schedule-pages';

const night = (nightOf: string, block: number | null): ScheduledNight => ({ nightOf, block, condition: block === null ? null : block % 2 ? 'B' : 'A', washout: false });

describe('the schedule a block at a time', () => {
  it('groups nights by block, a pause going with the block it delayed (or the one it interrupted)', () => {
    const nights = [
      night('2026-01-01', 0),
      night('2026-01-02', 0),
      night('2026-01-03', 0),
      night('2026-01-04', null),
      night('2026-01-05', 0),
      night('2026-01-06', 1),
      night('2026-01-07', null),
      night('2026-01-08', null),
      night('2026-01-09', 2),
      night('2026-01-10', null),
    ];
    expect(nightsByBlock(nights).map((b) => b.map((n) => n.nightOf.slice(8)))).toEqual([
      ['01', '02', '03', '04', '05'],
      ['06'],
      ['07', '08', '09', '10'],
    ]);
    expect(nightsByBlock(nights).flat()).toEqual(nights);
    expect(nightsByBlock([])).toEqual([]);
  });

  it('opens on the block of tonight, the next to start before it begins, and the last once it is over', () => {
    const blocks = nightsByBlock([night('2026-01-01', 0), night('2026-01-02', 0), night('2026-01-03', 1), night('2026-01-04', 1)]);
    expect(defaultBlock(blocks, '2025-12-30')).toBe(0);
    expect(defaultBlock(blocks, '2026-01-02')).toBe(0);
    expect(defaultBlock(blocks, '2026-01-03')).toBe(1);
    expect(defaultBlock(blocks, '2026-02-01')).toBe(1);
  });
});
