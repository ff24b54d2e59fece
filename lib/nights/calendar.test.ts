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

  it('starts weeks on the day the locale starts them', () => {
    const sundayFirst = monthGrid('2026-11', 0);
    expect(sundayFirst.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sundayFirst.weeks[0]).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07']);
    expect(sundayFirst.weeks.at(-1)).toEqual(['2026-11-29', '2026-11-30', null, null, null, null, null]);
    const saturdayFirst = monthGrid('2026-11', 6);
    expect(saturdayFirst.weekdays[0]).toBe(6);
    expect(saturdayFirst.weeks[0]).toEqual([null, '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(monthGrid('2026-11').weekdays).toEqual([1, 2, 3, 4, 5, 6, 0]);
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
