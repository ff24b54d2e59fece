import { mean, variance } from './descriptive';

/** Standardized mean difference (a − b) with pooled SD and the small-sample correction. */
export function hedgesG(a: readonly number[], b: readonly number[]): number | null {
  if (a.length < 2 || b.length < 2) return null;
  const total = a.length + b.length;
  const pooledSd = Math.sqrt(((a.length - 1) * variance(a) + (b.length - 1) * variance(b)) / (total - 2));
  if (pooledSd === 0) return null;
  const correction = 1 - 3 / (4 * total - 9);
  return ((mean(a) - mean(b)) / pooledSd) * correction;
}
