import { describe, expect, it } from 'vitest';
import { irlsBand } from './band';

describe('irlsBand', () => {
  it.each([
    [0, 'none', 'None'],
    [1, 'mild', 'Mild'],
    [10, 'mild', 'Mild'],
    [11, 'moderate', 'Moderate'],
    [14, 'moderate', 'Moderate'],
    [20, 'moderate', 'Moderate'],
    [21, 'severe', 'Severe'],
    [30, 'severe', 'Severe'],
    [31, 'very_severe', 'Very severe'],
    [40, 'very_severe', 'Very severe'],
  ])('puts %i in the %s band', (total, key, label) => {
    expect(irlsBand(total)).toMatchObject({ key, label });
  });

  it('covers every total from 0 to 40 exactly once, in order', () => {
    const keys = Array.from({ length: 41 }, (_, t) => irlsBand(t).key);
    expect(new Set(keys).size).toBe(5);
    for (let t = 0; t <= 40; t++) {
      const band = irlsBand(t);
      expect(t).toBeGreaterThanOrEqual(band.min);
      expect(t).toBeLessThanOrEqual(band.max);
    }
  });

  it.each([-1, 41, 3.5, Number.NaN])('refuses %s', (total) => {
    expect(() => irlsBand(total)).toThrow(RangeError);
  });
});
