import { describe, expect, it } from 'vitest';
import { builtInOverlayFactors, customOverlayFactor, isFactorMarked } from './factors';

describe('overlay factors', () => {
  it('reads each rule', () => {
    expect(isFactorMarked('positive', 2)).toBe(true);
    expect(isFactorMarked('positive', 0)).toBe(false);
    expect(isFactorMarked('yes', 1)).toBe(true);
    expect(isFactorMarked('yes', 0)).toBe(false);
    expect(isFactorMarked('high', 7)).toBe(true);
    expect(isFactorMarked('high', 6)).toBe(false);
    expect(isFactorMarked('late', 14 * 60)).toBe(true);
    expect(isFactorMarked('late', 13 * 60 + 59)).toBe(false);
    expect(isFactorMarked('positive', null)).toBeNull();
    expect(isFactorMarked('positive', undefined)).toBeNull();
  });

  it('offers the built-in factors and reads custom ones by kind', () => {
    expect(builtInOverlayFactors().map((f) => f.key)).toContain('late_caffeine');
    const id = '4d7a8f8e-58b1-4a39-9f67-1b1f0c1e2a3b';
    expect(customOverlayFactor({ id, name: 'Hot shower', kind: 'boolean' })).toMatchObject({ key: `custom:${id}`, rule: 'yes' });
    expect(customOverlayFactor({ id, name: 'Pain', kind: 'scale' }).rule).toBe('high');
    expect(customOverlayFactor({ id, name: 'Steps', kind: 'number' }).rule).toBe('positive');
  });
});
