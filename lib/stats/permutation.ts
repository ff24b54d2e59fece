import { mulberry32 } from './random';

export type BlockLabel = 'A' | 'B';

export interface LabelledBlock {
  label: BlockLabel;
  values: readonly number[];
}

export interface BlockPermutationResult {
  /** mean of all A nights pooled − mean of all B nights pooled */
  diff: number;
  /** two-sided: share of relabelings with |stat| ≥ |observed| */
  p: number;
  /** how many labelings the p-value is a share of (the observed one included) */
  relabelings: number;
}

export interface BlockPermutationOptions {
  /** Enumerate every relabeling up to this many; above it, sample. */
  maxExactRelabelings?: number;
  monteCarloDraws?: number;
  seed?: number;
}

const DEFAULTS: Required<BlockPermutationOptions> = {
  maxExactRelabelings: 100_000,
  monteCarloDraws: 20_000,
  seed: 20_261_129,
};

// Relabelings whose statistic ties the observed one up to rounding must count as "as extreme".
const TIE_TOLERANCE = 1e-9;

export function binomialCoefficient(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const smaller = Math.min(k, n - k);
  let result = 1;
  for (let i = 1; i <= smaller; i++) result = (result * (n - smaller + i)) / i;
  return Math.round(result);
}

/**
 * Permutation test that keeps blocks (e.g. weeks on one treatment) intact: labels are
 * reassigned to whole blocks, keeping the number of A blocks, so night-to-night
 * correlation within a block does not inflate significance.
 */
export function blockPermutationTest(
  blocks: readonly LabelledBlock[],
  options: BlockPermutationOptions = {},
): BlockPermutationResult | null {
  const settings = { ...DEFAULTS, ...options };
  // A block without nights carries no information and could leave a side empty.
  const informative = blocks.filter((block) => block.values.length > 0);
  const sums = informative.map((block) => block.values.reduce((total, value) => total + value, 0));
  const counts = informative.map((block) => block.values.length);
  const isA = informative.map((block) => block.label === 'A');
  const blocksA = isA.filter(Boolean).length;
  if (blocksA === 0 || blocksA === informative.length) return null;

  const totalSum = sums.reduce((total, value) => total + value, 0);
  const totalCount = counts.reduce((total, value) => total + value, 0);
  const statistic = (sumA: number, countA: number): number =>
    sumA / countA - (totalSum - sumA) / (totalCount - countA);

  let observedSum = 0;
  let observedCount = 0;
  isA.forEach((a, i) => {
    if (a) {
      observedSum += sums[i] as number;
      observedCount += counts[i] as number;
    }
  });
  const diff = statistic(observedSum, observedCount);
  const threshold = Math.abs(diff) - TIE_TOLERANCE;
  const isExtreme = (sumA: number, countA: number): boolean => Math.abs(statistic(sumA, countA)) >= threshold;

  const possible = binomialCoefficient(informative.length, blocksA);
  if (possible <= settings.maxExactRelabelings) {
    const { extreme, relabelings } = enumerateRelabelings(sums, counts, blocksA, isExtreme);
    return { diff, p: extreme / relabelings, relabelings };
  }
  const extreme = sampleRelabelings(sums, counts, blocksA, isExtreme, settings.monteCarloDraws, settings.seed);
  // The observed labeling is one of the possible ones; counting it keeps p > 0 and the test valid.
  const relabelings = settings.monteCarloDraws + 1;
  return { diff, p: (extreme + 1) / relabelings, relabelings };
}

function enumerateRelabelings(
  sums: readonly number[],
  counts: readonly number[],
  blocksA: number,
  isExtreme: (sumA: number, countA: number) => boolean,
): { extreme: number; relabelings: number } {
  let extreme = 0;
  let relabelings = 0;
  const visit = (start: number, remaining: number, sumA: number, countA: number): void => {
    if (remaining === 0) {
      relabelings++;
      if (isExtreme(sumA, countA)) extreme++;
      return;
    }
    for (let i = start; i <= sums.length - remaining; i++) {
      visit(i + 1, remaining - 1, sumA + (sums[i] as number), countA + (counts[i] as number));
    }
  };
  visit(0, blocksA, 0, 0);
  return { extreme, relabelings };
}

function sampleRelabelings(
  sums: readonly number[],
  counts: readonly number[],
  blocksA: number,
  isExtreme: (sumA: number, countA: number) => boolean,
  draws: number,
  seed: number,
): number {
  const random = mulberry32(seed);
  const order = sums.map((_, i) => i);
  let extreme = 0;
  for (let draw = 0; draw < draws; draw++) {
    let sumA = 0;
    let countA = 0;
    // Partial Fisher–Yates: the first blocksA positions become a uniform random A set.
    for (let i = 0; i < blocksA; i++) {
      const j = i + Math.floor(random() * (order.length - i));
      const chosen = order[j] as number;
      order[j] = order[i] as number;
      order[i] = chosen;
      sumA += sums[chosen] as number;
      countA += counts[chosen] as number;
    }
    if (isExtreme(sumA, countA)) extreme++;
  }
  return extreme;
}
