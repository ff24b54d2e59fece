import { describe, expect, it } from 'vitest';
import {
  adherenceOf,
  conditionKey,
  conditionLabel,
  conditionUses,
  isValidPair,
  parseConditionKey,
  tonightInstruction,
} from './conditions';
import { record } from './testing';

const factors = {
  caffeineServings: 1,
  lastCaffeineMinutes: 9 * 60,
  alcoholDrinks: 0,
  exerciseMinutes: 30,
  exerciseTimeOfDay: 'evening',
  stress: 3,
  ironSupplement: true,
  custom: { f1: 1 },
};

describe('condition keys', () => {
  it('round-trips every kind and refuses anything else', () => {
    for (const key of ['routine:r-1', 'avoid:late_caffeine', 'avoid:alcohol', 'do:evening_walk', 'do:custom:f1', 'avoid:custom:f1', 'none']) {
      const parsed = parseConditionKey(key);
      expect(parsed).toBeDefined();
      expect(conditionKey(parsed!)).toBe(key);
    }
    for (const key of ['', 'routine:', 'routine:a b', 'do:coffee', 'avoid:custom:', 'NONE']) expect(parseConditionKey(key)).toBeUndefined();
  });

  it('pairs A with none or another routine only', () => {
    const r1 = { kind: 'routine', routineId: 'r1' } as const;
    expect(isValidPair(r1, { kind: 'none' })).toBe(true);
    expect(isValidPair(r1, { kind: 'routine', routineId: 'r2' })).toBe(true);
    expect(isValidPair(r1, r1)).toBe(false);
    expect(isValidPair({ kind: 'none' }, { kind: 'none' })).toBe(false);
    expect(isValidPair({ kind: 'avoid_alcohol' }, { kind: 'avoid_alcohol' })).toBe(false);
  });
});

describe('labels and instructions', () => {
  const names = { routines: { r1: 'Bedtime routine' }, customFactors: { f1: 'Hot shower' } };
  it('names conditions in plain words', () => {
    expect(conditionLabel({ kind: 'routine', routineId: 'r1' }, names)).toBe('Bedtime routine');
    expect(conditionLabel({ kind: 'avoid_late_caffeine' })).toBe('No caffeine after 14:00');
    expect(conditionLabel({ kind: 'avoid_custom', factorId: 'f1' }, names)).toBe('No hot shower');
  });
  it('says what to do tonight', () => {
    expect(tonightInstruction({ kind: 'routine', routineId: 'r1' }, names)).toBe('Tonight: do your Bedtime routine');
    expect(tonightInstruction({ kind: 'none' }, names, { kind: 'routine', routineId: 'r1' })).toBe('Tonight: no routine');
    expect(tonightInstruction({ kind: 'none' }, names, { kind: 'evening_walk' })).toBe('Tonight: no evening walk');
  });
});

describe('adherence from what was logged', () => {
  const r1 = { kind: 'routine', routineId: 'r1' } as const;
  it('reads the routine from its sessions, unknown when the night was not logged', () => {
    expect(adherenceOf(r1, record('2026-01-01', { routineIds: ['r1'] }))).toBe(true);
    expect(adherenceOf(r1, record('2026-01-01', { routineIds: ['r2'] }))).toBe(false);
    expect(adherenceOf(r1, record('2026-01-01', { status: 'unknown', worstSeverity: null }))).toBeNull();
  });
  it('reads "without it" as the opposite of A', () => {
    expect(adherenceOf({ kind: 'none' }, record('2026-01-01'), r1)).toBe(true);
    expect(adherenceOf({ kind: 'none' }, record('2026-01-01', { routineIds: ['r1'] }), r1)).toBe(false);
    expect(adherenceOf({ kind: 'none' }, record('2026-01-01'))).toBeNull();
  });
  it('reads factor conditions from the day values', () => {
    const day = record('2026-01-01', { factors });
    expect(adherenceOf({ kind: 'avoid_late_caffeine' }, day)).toBe(true);
    expect(adherenceOf({ kind: 'avoid_late_caffeine' }, record('x', { factors: { ...factors, lastCaffeineMinutes: 15 * 60 } }))).toBe(false);
    expect(adherenceOf({ kind: 'avoid_late_caffeine' }, record('x', { factors: { ...factors, lastCaffeineMinutes: null } }))).toBeNull();
    expect(adherenceOf({ kind: 'avoid_late_caffeine' }, record('x', { factors: { ...factors, caffeineServings: 0, lastCaffeineMinutes: null } }))).toBe(true);
    expect(adherenceOf({ kind: 'avoid_alcohol' }, day)).toBe(true);
    expect(adherenceOf({ kind: 'evening_walk' }, day)).toBe(true);
    expect(adherenceOf({ kind: 'evening_walk' }, record('x', { factors: { ...factors, exerciseTimeOfDay: 'morning' } }))).toBe(false);
    expect(adherenceOf({ kind: 'do_custom', factorId: 'f1' }, day)).toBe(true);
    expect(adherenceOf({ kind: 'avoid_custom', factorId: 'f1' }, day)).toBe(false);
    expect(adherenceOf({ kind: 'do_custom', factorId: 'f2' }, day)).toBeNull();
    expect(adherenceOf({ kind: 'avoid_alcohol' }, record('x'))).toBeNull();
  });
});

describe('what a condition uses', () => {
  it('names its routine or custom factor and nothing else', () => {
    expect(conditionUses('routine:r1', { routineId: 'r1' })).toBe(true);
    expect(conditionUses('routine:r1', { routineId: 'r2' })).toBe(false);
    expect(conditionUses('routine:f1', { factorId: 'f1' })).toBe(false);
    expect(conditionUses('do:custom:f1', { factorId: 'f1' })).toBe(true);
    expect(conditionUses('avoid:custom:f1', { factorId: 'f1' })).toBe(true);
    expect(conditionUses('avoid:custom:f1', { routineId: 'f1' })).toBe(false);
    expect(conditionUses('none', { routineId: 'r1' })).toBe(false);
  });
});
