import { standardNormalQuantile, CONFIDENCE_95_UPPER_TAIL } from './distributions';

const Z_95 = standardNormalQuantile(CONFIDENCE_95_UPPER_TAIL);

export type Interval = [low: number, high: number];

export interface ProportionDifference {
  diff: number;
  ciLow: number;
  ciHigh: number;
}

const clampToUnit = (x: number): number => Math.min(1, Math.max(0, x));

/** 95% Wilson score interval for k successes of n, no continuity correction. */
export function wilsonInterval(k: number, n: number): Interval | null {
  if (n <= 0) return null;
  const z2 = Z_95 * Z_95;
  const denominator = n + z2;
  const centre = (k + z2 / 2) / denominator;
  const halfWidth = (Z_95 / denominator) * Math.sqrt((k * (n - k)) / n + z2 / 4);
  // At k = 0 and k = n the bounds are exactly 0 and 1; subtraction would leave rounding residue.
  const low = k <= 0 ? 0 : clampToUnit(centre - halfWidth);
  const high = k >= n ? 1 : clampToUnit(centre + halfWidth);
  return [low, high];
}

/** k1/n1 − k2/n2 with Newcombe's hybrid score interval (1998, method 10). */
export function newcombeDifference(k1: number, n1: number, k2: number, n2: number): ProportionDifference | null {
  const first = wilsonInterval(k1, n1);
  const second = wilsonInterval(k2, n2);
  if (!first || !second) return null;
  const [low1, high1] = first;
  const [low2, high2] = second;
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const diff = p1 - p2;
  return {
    diff,
    ciLow: diff - Math.hypot(p1 - low1, high2 - p2),
    ciHigh: diff + Math.hypot(high1 - p1, p2 - low2),
  };
}
