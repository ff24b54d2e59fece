import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  customFactorSchema,
  customValueError,
  customValuesErrors,
  saveDailyFactorsSchema,
} from './factors';
import { isFutureDay } from './form-input';
import { fieldErrorsOf } from './field-errors';

const day = '2025-03-03';
const parse = (input: Record<string, unknown>) => saveDailyFactorsSchema.safeParse({ day, ...input });
const errorsOf = (input: Record<string, unknown>) => {
  const result = parse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('daily factors', () => {
  it('reads form strings, with empty fields as "not recorded"', () => {
    const result = parse({
      caffeineServings: '2',
      lastCaffeineAt: '14:15',
      alcoholDrinks: '',
      exerciseMinutes: '30',
      exerciseIntensity: 'moderate',
      exerciseTimeOfDay: '',
      stress: '0',
      ironSupplement: 'yes',
    });
    expect(result.success && result.data).toEqual({
      day,
      caffeineServings: 2,
      lastCaffeineAt: '14:15',
      alcoholDrinks: null,
      exerciseMinutes: 30,
      exerciseIntensity: 'moderate',
      exerciseTimeOfDay: null,
      stress: 0,
      ironSupplement: true,
      custom: {},
    });
  });

  it('keeps zero apart from empty', () => {
    const result = parse({ alcoholDrinks: 0, ironSupplement: 'no' });
    expect(result.success && [result.data.alcoholDrinks, result.data.caffeineServings, result.data.ironSupplement]).toEqual([
      0,
      null,
      false,
    ]);
  });

  it('refuses negative caffeine with its own message', () => {
    expect(errorsOf({ caffeineServings: '-1' })).toEqual({ caffeineServings: ['Caffeine servings cannot be negative'] });
  });

  it.each([['11'], ['-1'], ['2.5'], ['lots']])('refuses stress %s', (stress) => {
    expect(errorsOf({ stress })).toEqual({ stress: ['Stress is a whole number from 0 to 10'] });
  });

  it('refuses unknown choices, bad times and fractional counts, each under its field', () => {
    expect(
      Object.keys(
        errorsOf({ exerciseIntensity: 'extreme', exerciseTimeOfDay: 'night', lastCaffeineAt: '25:00', alcoholDrinks: 1.5 }),
      ).sort(),
    ).toEqual(['alcoholDrinks', 'exerciseIntensity', 'exerciseTimeOfDay', 'lastCaffeineAt']);
  });

  it('refuses a last-caffeine time on a day with no caffeine', () => {
    expect(errorsOf({ caffeineServings: 0, lastCaffeineAt: '10:00' })).toHaveProperty('lastCaffeineAt');
  });

  it('refuses a day that is not a date', () => {
    expect(saveDailyFactorsSchema.safeParse({ day: '2025-02-30' }).success).toBe(false);
  });

  it('reads custom values by factor id and refuses ids that are not ids', () => {
    const id = randomUUID();
    const result = parse({ custom: { [id]: '2.5' } });
    expect(result.success && result.data.custom).toEqual({ [id]: 2.5 });
    expect(parse({ custom: { nope: 1 } }).success).toBe(false);
    expect(errorsOf({ custom: { [id]: 'abc' } })).toEqual({ [`custom.${id}`]: ['Enter a number'] });
  });
});

describe('isFutureDay', () => {
  it('allows today and earlier only', () => {
    expect(isFutureDay('2025-03-04', '2025-03-03')).toBe(true);
    expect(isFutureDay('2025-03-03', '2025-03-03')).toBe(false);
    expect(isFutureDay('2024-12-31', '2025-01-01')).toBe(false);
  });
});

describe('custom factor values against their kind', () => {
  it.each([
    ['boolean', 0, undefined],
    ['boolean', 1, undefined],
    ['boolean', 2, 'Choose yes or no'],
    ['boolean', 0.5, 'Choose yes or no'],
    ['scale', 0, undefined],
    ['scale', 10, undefined],
    ['scale', 11, 'Use a whole number from 0 to 10'],
    ['scale', 4.5, 'Use a whole number from 0 to 10'],
    ['scale', -1, 'Use a whole number from 0 to 10'],
    ['number', 0, undefined],
    ['number', 2.5, undefined],
    ['number', -0.1, 'Enter 0 or more'],
    ['number', 2_000_000, 'That number is too large'],
  ] as const)('%s %d', (kind, value, error) => {
    expect(customValueError(kind, value)).toBe(error);
  });

  it('collects errors per factor and names unknown factors', () => {
    const scale = { id: randomUUID(), kind: 'scale' as const };
    const yesNo = { id: randomUUID(), kind: 'boolean' as const };
    const stranger = randomUUID();
    expect(customValuesErrors([scale, yesNo], { [scale.id]: 12, [yesNo.id]: null, [stranger]: 1 })).toEqual({
      fieldErrors: { [`custom.${scale.id}`]: ['Use a whole number from 0 to 10'] },
      unknownIds: [stranger],
    });
  });
});

describe('custom factor definitions', () => {
  it('needs a name and a known kind; keeps a unit only for numbers', () => {
    const id = randomUUID();
    const ok = customFactorSchema.safeParse({ id, name: ' Magnesium ', kind: 'boolean', unit: 'mg' });
    expect(ok.success && ok.data).toEqual({ id, name: 'Magnesium', kind: 'boolean', unit: '' });
    const number = customFactorSchema.safeParse({ id, name: 'Screen time', kind: 'number', unit: 'h' });
    expect(number.success && number.data.unit).toBe('h');
    const bad = customFactorSchema.safeParse({ id, name: '', kind: 'colour', unit: 'x'.repeat(21) });
    expect(bad.success ? {} : Object.keys(fieldErrorsOf(bad.error)).sort()).toEqual(['kind', 'name', 'unit']);
    expect(customFactorSchema.safeParse({ id, name: 'x'.repeat(61), kind: 'scale' }).success).toBe(false);
  });
});
