import { describe, expect, it } from 'vitest';
import { builtInOverlayFactors, customOverlayFactor, factorDayValue, isFactorMarked, nightFactorMark } from './factors';
import { nightRecord } from './testing';

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

  it('reads a factor from a night record the way the overlay query does', () => {
    const day = {
      caffeineServings: 2,
      lastCaffeineMinutes: 15 * 60,
      alcoholDrinks: 0,
      exerciseMinutes: null,
      exerciseTimeOfDay: null,
      stress: 8,
      ironSupplement: false,
      custom: { 'f-1': 1 },
    };
    expect(factorDayValue(day, { kind: 'built_in', column: 'late_caffeine' })).toBe(900);
    expect(factorDayValue({ ...day, caffeineServings: 0, lastCaffeineMinutes: null }, { kind: 'built_in', column: 'late_caffeine' })).toBe(0);
    expect(factorDayValue({ ...day, lastCaffeineMinutes: null }, { kind: 'built_in', column: 'late_caffeine' })).toBeNull();
    expect(factorDayValue(day, { kind: 'built_in', column: 'iron' })).toBe(0);
    expect(factorDayValue(day, { kind: 'built_in', column: 'exercise' })).toBeNull();
    expect(factorDayValue(day, { kind: 'custom', factorId: 'f-1' })).toBe(1);
    expect(factorDayValue(day, { kind: 'custom', factorId: 'f-2' })).toBeNull();
    expect(factorDayValue(null, { kind: 'built_in', column: 'stress' })).toBeNull();
  });

  it('marks a night present, absent, or not recorded', () => {
    const stress = builtInOverlayFactors().find((f) => f.key === 'stress')!;
    const withStress = (value: number | null) =>
      nightRecord('2026-01-01', {
        factors: {
          caffeineServings: null,
          lastCaffeineMinutes: null,
          alcoholDrinks: null,
          exerciseMinutes: null,
          exerciseTimeOfDay: null,
          stress: value,
          ironSupplement: null,
          custom: {},
        },
      });
    expect([withStress(8), withStress(6), withStress(null), nightRecord('2026-01-01')].map((n) => nightFactorMark(n, stress))).toEqual([
      true,
      false,
      null,
      null,
    ]);
  });
});
