import './zod-config';
import { z } from 'zod';
import { BUILT_IN_FACTOR_KEYS, CUSTOM_FACTOR_PREFIX } from '../trends/factors';
import { daysBetween, DEFAULT_PERIOD, PRESET_PERIODS, type PeriodChoice } from '../trends/period';
import { calendarDateSchema } from './common';

/** Custom periods longer than this are refused (the page fills every night of the range). */
export const MAX_CUSTOM_NIGHTS = 3653;

const requiredDate = (what: string) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: `Enter ${what}` }).min(1, `Enter ${what}`).pipe(calendarDateSchema));

/** The custom period form: from/to nights, checked against last night. */
export function customPeriodSchema(lastNight: string) {
  return z
    .object({ from: requiredDate('the first night'), to: requiredDate('the last night') })
    .superRefine((p, ctx) => {
      if (p.to > lastNight) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'Choose last night or an earlier night' });
      } else if (p.from > p.to) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'The first night must be on or before the last night' });
      } else if (daysBetween(p.from, p.to) + 1 > MAX_CUSTOM_NIGHTS) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'Choose at most 10 years' });
      }
    });
}

const factorKeySchema = z.union([
  z.enum(BUILT_IN_FACTOR_KEYS),
  z
    .string()
    .refine((s) => s.startsWith(CUSTOM_FACTOR_PREFIX) && z.uuid().safeParse(s.slice(CUSTOM_FACTOR_PREFIX.length)).success),
]);

export type TrendsSearch = {
  choice: PeriodChoice;
  /** The overlay factor's key, or null for none. */
  factor: string | null;
  /** What the custom form shows: the values sent, and a message per field when they were refused. */
  custom: { from: string; to: string; errors: { from?: string; to?: string } };
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads ?period=4w|3m|12m|all or ?from=…&to=… and ?factor=…; anything unknown falls back to the default. */
export function parseTrendsSearch(
  params: Record<string, string | string[] | undefined>,
  lastNight: string,
): TrendsSearch {
  const period = first(params.period);
  const from = first(params.from) ?? '';
  const to = first(params.to) ?? '';
  const factorParsed = factorKeySchema.safeParse(first(params.factor));
  const factor = factorParsed.success ? factorParsed.data : null;
  const custom = { from, to, errors: {} as { from?: string; to?: string } };

  if (period === 'custom' || (period === undefined && (from || to))) {
    const parsed = customPeriodSchema(lastNight).safeParse({ from, to });
    if (parsed.success) return { choice: { key: 'custom', ...parsed.data }, factor, custom };
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'from' || field === 'to') && !custom.errors[field]) custom.errors[field] = issue.message;
    }
    return { choice: { key: DEFAULT_PERIOD }, factor, custom };
  }
  if (period === 'all' || (period !== undefined && Object.hasOwn(PRESET_PERIODS, period))) {
    return { choice: { key: period as PeriodChoice['key'] } as PeriodChoice, factor, custom };
  }
  return { choice: { key: DEFAULT_PERIOD }, factor, custom };
}
