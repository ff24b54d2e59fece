import type { NightFactors, NightRecord } from '../nights/night-record';
import type { CustomFactorKind } from '../validation/factors';

export const BUILT_IN_FACTOR_KEYS = ['caffeine', 'late_caffeine', 'alcohol', 'exercise', 'stress', 'iron'] as const;
export type BuiltInFactorKey = (typeof BUILT_IN_FACTOR_KEYS)[number];

/** Caffeine at or after this time of day (minutes after midnight) counts as late. */
export const LATE_CAFFEINE_FROM_MINUTES = 14 * 60;
/** A 0–10 value at or above this counts as high. */
export const HIGH_SCALE_FROM = 7;

/** How a factor's daily value is read: present (> 0), yes/no, high on a 0–10 scale, or a clock time. */
export type FactorRule = 'positive' | 'yes' | 'high' | 'late';

export type OverlayFactor = {
  /** 'caffeine' … or 'custom:<uuid>' */
  key: string;
  /** The source the query reads: a built-in column or a custom factor. */
  source: { kind: 'built_in'; column: BuiltInFactorKey } | { kind: 'custom'; factorId: string };
  name: string;
  rule: FactorRule;
  /** "Had caffeine": the marked nights, for legends and summaries. */
  markedLabel: string;
};

const BUILT_IN: Record<BuiltInFactorKey, { name: string; rule: FactorRule; markedLabel: string }> = {
  caffeine: { name: 'Caffeine', rule: 'positive', markedLabel: 'Had caffeine' },
  late_caffeine: { name: 'Late caffeine (2 p.m. or later)', rule: 'late', markedLabel: 'Caffeine at 14:00 or later' },
  alcohol: { name: 'Alcohol', rule: 'positive', markedLabel: 'Had alcohol' },
  exercise: { name: 'Exercise', rule: 'positive', markedLabel: 'Exercised' },
  stress: { name: 'High stress (7 or more)', rule: 'high', markedLabel: 'Stress 7 or more' },
  iron: { name: 'Iron supplement', rule: 'yes', markedLabel: 'Took iron' },
};

export const CUSTOM_FACTOR_PREFIX = 'custom:';

export function builtInOverlayFactors(): OverlayFactor[] {
  return BUILT_IN_FACTOR_KEYS.map((key) => ({ key, source: { kind: 'built_in', column: key }, ...BUILT_IN[key] }));
}

export function customOverlayFactor(factor: { id: string; name: string; kind: CustomFactorKind }): OverlayFactor {
  const rule: FactorRule = factor.kind === 'boolean' ? 'yes' : factor.kind === 'scale' ? 'high' : 'positive';
  const markedLabel =
    factor.kind === 'boolean' ? `${factor.name}: yes` : factor.kind === 'scale' ? `${factor.name}: 7 or more` : `${factor.name}: above 0`;
  const name = factor.kind === 'scale' ? `${factor.name} (7 or more)` : factor.name;
  return { key: `${CUSTOM_FACTOR_PREFIX}${factor.id}`, source: { kind: 'custom', factorId: factor.id }, name, rule, markedLabel };
}

/** Whether the day's value counts as present/high; null when nothing was recorded. */
export function isFactorMarked(rule: FactorRule, value: number | null | undefined): boolean | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  switch (rule) {
    case 'positive':
      return value > 0;
    case 'yes':
      return value >= 0.5;
    case 'high':
      return value >= HIGH_SCALE_FROM;
    case 'late':
      return value >= LATE_CAFFEINE_FROM_MINUTES;
  }
}

/**
 * The day's value of a factor as its rule reads it; null when not recorded. Late caffeine is the
 * last serving's minutes after midnight, and 0 on a day without caffeine (not late); servings
 * without a time stay unknown.
 */
export function factorDayValue(factors: NightFactors | null, source: OverlayFactor['source']): number | null {
  if (!factors) return null;
  if (source.kind === 'custom') return factors.custom[source.factorId] ?? null;
  switch (source.column) {
    case 'caffeine':
      return factors.caffeineServings;
    case 'late_caffeine':
      if (factors.lastCaffeineMinutes !== null) return factors.lastCaffeineMinutes;
      return factors.caffeineServings === 0 ? 0 : null;
    case 'alcohol':
      return factors.alcoholDrinks;
    case 'exercise':
      return factors.exerciseMinutes;
    case 'stress':
      return factors.stress;
    case 'iron':
      return factors.ironSupplement === null ? null : Number(factors.ironSupplement);
  }
}

/** The overlay on one night: true present/high, false absent/low, null not recorded. */
export function nightFactorMark(night: Pick<NightRecord, 'factors'>, factor: Pick<OverlayFactor, 'source' | 'rule'>): boolean | null {
  return isFactorMarked(factor.rule, factorDayValue(night.factors, factor.source));
}
