import { studentTQuantile, twoSidedTPValue, CONFIDENCE_95_UPPER_TAIL } from './distributions';
import { mean } from './descriptive';

export interface LinearTrend {
  slope: number;
  intercept: number;
  slopeCiLow: number;
  slopeCiHigh: number;
  /** two-sided, for slope = 0 */
  p: number;
}

/** Ordinary least squares y = intercept + slope·x with a 95% interval for the slope. */
export function linearTrend(x: readonly number[], y: readonly number[]): LinearTrend | null {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`linearTrend: x has ${n} values, y has ${y.length}`);
  if (n < 3) return null;
  const meanX = mean(x);
  const meanY = mean(y);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - meanX;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let residualSquares = 0;
  for (let i = 0; i < n; i++) residualSquares += ((y[i] as number) - intercept - slope * (x[i] as number)) ** 2;
  const df = n - 2;
  const slopeSe = Math.sqrt(residualSquares / df / sxx);
  const margin = studentTQuantile(CONFIDENCE_95_UPPER_TAIL, df) * slopeSe;
  // A perfect fit has no residual spread: the slope is certain.
  const p = slopeSe === 0 ? (slope === 0 ? 1 : 0) : twoSidedTPValue(slope / slopeSe, df);
  return { slope, intercept, slopeCiLow: slope - margin, slopeCiHigh: slope + margin, p };
}
