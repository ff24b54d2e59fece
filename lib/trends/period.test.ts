import { describe, expect, it } from 'vitest';
import { describeNights, resolvePeriod } from './period';

const ctx = { lastNight: '2026-03-31', firstNight: '2025-10-02' };

describe('resolvePeriod', () => {
  it('ends presets with last night and compares with as many nights just before', () => {
    expect(resolvePeriod({ key: '4w' }, ctx)).toEqual({
      key: '4w',
      from: '2026-03-04',
      to: '2026-03-31',
      nights: 28,
      previous: { from: '2026-02-04', to: '2026-03-03' },
    });
    expect(resolvePeriod({ key: '3m' }, ctx).nights).toBe(91);
    expect(resolvePeriod({ key: '12m' }, ctx)).toMatchObject({ from: '2025-04-01', nights: 365, previous: { to: '2025-03-31' } });
  });

  it('starts "all" with the first logged night and has nothing before it', () => {
    expect(resolvePeriod({ key: 'all' }, ctx)).toMatchObject({ from: '2025-10-02', to: '2026-03-31', nights: 181, previous: null });
    expect(resolvePeriod({ key: 'all' }, { ...ctx, firstNight: null })).toMatchObject({ from: '2026-03-31', nights: 1 });
  });

  it('takes custom dates as given', () => {
    expect(resolvePeriod({ key: 'custom', from: '2026-03-01', to: '2026-03-10' }, ctx)).toEqual({
      key: 'custom',
      from: '2026-03-01',
      to: '2026-03-10',
      nights: 10,
      previous: { from: '2026-02-19', to: '2026-02-28' },
    });
  });

  it('names lengths in weeks or nights', () => {
    expect(describeNights(28)).toBe('4 weeks');
    expect(describeNights(7)).toBe('1 week');
    expect(describeNights(91)).toBe('91 nights');
  });
});
