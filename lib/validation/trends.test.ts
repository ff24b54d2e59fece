import { describe, expect, it } from 'vitest';
import { customPeriodSchema, parseTrendsSearch } from './trends';

const lastNight = '2026-03-31';

describe('parseTrendsSearch', () => {
  it('reads presets and falls back to 3 months for anything else', () => {
    expect(parseTrendsSearch({ period: '12m' }, lastNight).choice).toEqual({ key: '12m' });
    expect(parseTrendsSearch({ period: 'all' }, lastNight).choice).toEqual({ key: 'all' });
    expect(parseTrendsSearch({}, lastNight).choice).toEqual({ key: '3m' });
    expect(parseTrendsSearch({ period: 'toString' }, lastNight).choice).toEqual({ key: '3m' });
    expect(parseTrendsSearch({ period: ['4w', '12m'] }, lastNight).choice).toEqual({ key: '4w' });
  });

  it('reads a custom period, or explains per field why not', () => {
    expect(parseTrendsSearch({ from: '2026-01-01', to: '2026-01-31' }, lastNight).choice).toEqual({
      key: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    const reversed = parseTrendsSearch({ period: 'custom', from: '2026-02-01', to: '2026-01-31' }, lastNight);
    expect(reversed.choice).toEqual({ key: '3m' });
    expect(reversed.custom).toEqual({ from: '2026-02-01', to: '2026-01-31', errors: { from: 'The first night must be on or before the last night' } });
    expect(parseTrendsSearch({ period: 'custom', from: '', to: '2026-04-01' }, lastNight).custom.errors).toEqual({
      from: 'Enter the first night',
      to: 'Choose last night or an earlier night',
    });
    expect(parseTrendsSearch({ period: 'custom', from: '2026-02-30', to: 'x' }, lastNight).custom.errors).toEqual({
      from: 'That date does not exist',
      to: 'Enter a date as YYYY-MM-DD',
    });
  });

  it('refuses custom periods over ten years', () => {
    expect(customPeriodSchema(lastNight).safeParse({ from: '2016-03-30', to: '2026-03-31' }).success).toBe(false);
    expect(customPeriodSchema(lastNight).safeParse({ from: '2016-04-01', to: '2026-03-31' }).success).toBe(true);
  });

  it('accepts built-in and custom factor keys only', () => {
    expect(parseTrendsSearch({ factor: 'alcohol' }, lastNight).factor).toBe('alcohol');
    const id = '0b5c8c1e-2f7d-4e0b-9a51-2e64a3c9d7f1';
    expect(parseTrendsSearch({ factor: `custom:${id}` }, lastNight).factor).toBe(`custom:${id}`);
    expect(parseTrendsSearch({ factor: 'custom:nope' }, lastNight).factor).toBeNull();
    expect(parseTrendsSearch({ factor: 'sugar' }, lastNight).factor).toBeNull();
  });
});
