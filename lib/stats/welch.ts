import { studentTCdf, studentTQuantile, twoSidedTPValue, CONFIDENCE_95_UPPER_TAIL } from './distributions';
import { mean, variance } from './descriptive';

export interface WelchResult {
  /** mean(a) − mean(b) */
  diff: number;
  se: number;
  /** Welch–Satterthwaite degrees of freedom */
  df: number;
  t: number;
  /** two-sided */
  p: number;
  ciLow: number;
  ciHigh: number;
}

/** Welch's unequal-variance t-test of mean(a) − mean(b) with a 95% interval. */
export function welchTest(a: readonly number[], b: readonly number[]): WelchResult | null {
  if (a.length < 2 || b.length < 2) return null;
  const varA = variance(a);
  const varB = variance(b);
  if (varA === 0 && varB === 0) return null;
  const shareA = varA / a.length;
  const shareB = varB / b.length;
  const se = Math.sqrt(shareA + shareB);
  const df = (shareA + shareB) ** 2 / (shareA ** 2 / (a.length - 1) + shareB ** 2 / (b.length - 1));
  const diff = mean(a) - mean(b);
  const t = diff / se;
  const margin = studentTQuantile(CONFIDENCE_95_UPPER_TAIL, df) * se;
  return { diff, se, df, t, p: twoSidedTPValue(t, df), ciLow: diff - margin, ciHigh: diff + margin };
}

/**
 * Flat-prior normal model: P(μa − μb < −margin), "how likely is it that A lowers severity by
 * more than `margin` points?", as the Student-t CDF with the Welch df.
 */
export function probabilityOfReduction(
  a: readonly number[],
  b: readonly number[],
  margin: number,
): number | null {
  const welch = welchTest(a, b);
  if (!welch) return null;
  return studentTCdf((-margin - welch.diff) / welch.se, welch.df);
}
