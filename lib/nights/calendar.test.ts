import { describe, expect, it } from 'vitest';
import { isMonth, monthGrid } from './calendar';

describe('monthGrid', () => {
  it('lays out November 2026 from Monday, with leading and trailing blanks', () => {
    const grid = monthGrid('2026-11');
    expect(grid.weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(grid.weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(grid.weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect([grid.previous, grid.next]).toEqual(['2026-10', '2026-12']);
  });

  it('handles leap Februaries and year ends', () => {
    expect(monthGrid('2028-02').weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(monthGrid('2026-12').next).toBe('2027-01');
    expect(monthGrid('2027-01').previous).toBe('2026-12');
  });

  it('knows a month string when it sees one', () => {
    expect(['2026-11', '2026-13', '26-11', '2026-1', '0000-01'].map(isMonth)).toEqual([true, false, false, false, false]);
  });
});
