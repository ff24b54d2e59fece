import normalQuantileImpl from '@stdlib/stats-base-dists-normal-quantile';
import tCdfImpl from '@stdlib/stats-base-dists-t-cdf';
import tQuantileImpl from '@stdlib/stats-base-dists-t-quantile';

export function studentTCdf(x: number, degreesOfFreedom: number): number {
  return tCdfImpl(x, degreesOfFreedom);
}

export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  return tQuantileImpl(p, degreesOfFreedom);
}

export function standardNormalQuantile(p: number): number {
  return normalQuantileImpl(p, 0, 1);
}

/** Two-sided p-value of a t statistic. */
export function twoSidedTPValue(t: number, degreesOfFreedom: number): number {
  return Math.min(1, 2 * studentTCdf(-Math.abs(t), degreesOfFreedom));
}

export const CONFIDENCE_95_UPPER_TAIL = 0.975;
