import { describe, expect, it } from 'vitest';
import { EMPTY_FACTORS, clockOf, suggestFromPrevious, type DailyFactorsValues } from './form-data';

const yesterday: DailyFactorsValues = {
  caffeineServings: 3,
  lastCaffeineAt: '15:30',
  alcoholDrinks: 2,
  exerciseMinutes: 40,
  exerciseIntensity: 'vigorous',
  exerciseTimeOfDay: 'evening',
  stress: 8,
  ironSupplement: false,
};

describe('suggestFromPrevious', () => {
  it('carries habits over but never alcohol, stress or exercise', () => {
    const result = suggestFromPrevious({ day: '2025-03-02', values: yesterday });
    expect(result).toEqual({
      values: { ...EMPTY_FACTORS, caffeineServings: 3, lastCaffeineAt: '15:30', ironSupplement: false },
      suggestion: { fromDay: '2025-03-02', fields: ['caffeineServings', 'lastCaffeineAt', 'ironSupplement'] },
    });
  });

  it('suggests only what was recorded', () => {
    const result = suggestFromPrevious({ day: '2025-03-02', values: { ...EMPTY_FACTORS, ironSupplement: true, stress: 4 } });
    expect(result?.suggestion.fields).toEqual(['ironSupplement']);
    expect(result?.values).toEqual({ ...EMPTY_FACTORS, ironSupplement: true });
  });

  it('offers nothing without a previous day or without habits in it', () => {
    expect(suggestFromPrevious(undefined)).toBeNull();
    expect(suggestFromPrevious({ day: '2025-03-02', values: { ...EMPTY_FACTORS, alcoholDrinks: 1 } })).toBeNull();
  });
});

describe('clockOf', () => {
  it('drops the seconds of a time column', () => {
    expect(clockOf('07:05:00')).toBe('07:05');
    expect(clockOf(null)).toBeNull();
  });
});
