import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  binomialCoefficient,
  blockPermutationTest,
  hedgesG,
  linearTrend,
  mean,
  median,
  newcombeDifference,
  probabilityOfReduction,
  rollingMean,
  variance,
  welchTest,
  wilsonInterval,
  type LabelledBlock,
} from './index';

describe('descriptive helpers', () => {
  it('computes mean, sample variance and median', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('gives NaN where undefined', () => {
    expect(mean([])).toBeNaN();
    expect(variance([7])).toBeNaN();
    expect(median([])).toBeNaN();
  });
});

describe('null cases', () => {
  it('welchTest and probabilityOfReduction need two values a side and some spread', () => {
    expect(welchTest([1], [1, 2, 3])).toBeNull();
    expect(welchTest([1, 2, 3], [])).toBeNull();
    expect(welchTest([2, 2], [5, 5, 5])).toBeNull();
    expect(probabilityOfReduction([1], [1, 2], 0)).toBeNull();
    expect(probabilityOfReduction([4, 4], [4, 4], 1)).toBeNull();
  });

  it('welchTest still works when only one side varies', () => {
    const result = welchTest([3, 3, 3], [1, 2, 3, 4]);
    expect(result).not.toBeNull();
    expect(result?.df).toBeCloseTo(3, 12);
  });

  it('hedgesG needs two values a side and a pooled SD above 0', () => {
    expect(hedgesG([1], [1, 2])).toBeNull();
    expect(hedgesG([3, 3], [3, 3, 3])).toBeNull();
  });

  it('wilsonInterval and newcombeDifference need non-zero denominators', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(newcombeDifference(1, 0, 1, 3)).toBeNull();
    expect(newcombeDifference(1, 3, 0, 0)).toBeNull();
  });

  it('blockPermutationTest needs at least one A and one B block with nights', () => {
    expect(blockPermutationTest([])).toBeNull();
    expect(blockPermutationTest([{ label: 'A', values: [1, 2] }, { label: 'A', values: [3] }])).toBeNull();
    expect(blockPermutationTest([{ label: 'A', values: [1, 2] }, { label: 'B', values: [] }])).toBeNull();
  });

  it('linearTrend needs three points and varying x', () => {
    expect(linearTrend([1, 2], [3, 4])).toBeNull();
    expect(linearTrend([5, 5, 5], [1, 2, 3])).toBeNull();
  });

  it('benjaminiHochberg of nothing is nothing', () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe('wilsonInterval', () => {
  it('stays within [0, 1] at the extremes', () => {
    expect(wilsonInterval(0, 5)?.[0]).toBe(0);
    expect(wilsonInterval(5, 5)?.[1]).toBe(1);
  });
});

describe('benjaminiHochberg', () => {
  it('keeps input order, is monotone in p and never exceeds 1', () => {
    const p = [0.9, 0.01, 0.04, 0.5];
    const adjusted = benjaminiHochberg(p);
    expect(adjusted).toHaveLength(4);
    expect(adjusted[1]).toBeCloseTo(0.04, 12);
    expect(adjusted[0]).toBeCloseTo(0.9, 12);
    expect(Math.max(...benjaminiHochberg([0.8, 0.9, 0.95]))).toBeLessThanOrEqual(1);
  });
});

describe('linearTrend', () => {
  it('recovers an exact line with p = 0 and a zero-width interval', () => {
    const result = linearTrend([0, 1, 2, 3], [1, 3, 5, 7]);
    expect(result?.slope).toBeCloseTo(2, 12);
    expect(result?.intercept).toBeCloseTo(1, 12);
    expect(result?.p).toBe(0);
  });
});

describe('rollingMean', () => {
  it('averages the known values in the window and skips sparse nulls', () => {
    const values = [4, null, null, 6, null, 2, null, null, null, null];
    expect(rollingMean(values, 3, 1)).toEqual([4, 4, 4, 6, 6, 4, 2, 2, null, null]);
    expect(rollingMean(values, 4, 2)).toEqual([null, null, null, 5, null, 4, 4, null, null, null]);
  });

  it('treats minCount below 1 as 1 and handles an all-null or empty series', () => {
    expect(rollingMean([null, null], 7, 0)).toEqual([null, null]);
    expect(rollingMean([], 7, 3)).toEqual([]);
  });
});

describe('blockPermutationTest', () => {
  const blocks: LabelledBlock[] = Array.from({ length: 20 }, (_, i) => ({
    label: i % 2 === 0 ? 'A' : 'B',
    values: Array.from({ length: 7 }, (_, night) => ((i * 7 + night * 3) % 5) + (i % 2 === 0 ? 0 : 1)),
  }));

  it('switches to a seeded Monte Carlo above 100,000 relabelings', () => {
    expect(binomialCoefficient(20, 10)).toBe(184_756);
    const first = blockPermutationTest(blocks);
    const second = blockPermutationTest(blocks);
    expect(first).toEqual(second);
    expect(first?.relabelings).toBe(20_001);
    expect(first?.p).toBeGreaterThan(0);
    expect(first?.p).toBeLessThanOrEqual(1);
  });

  it('agrees with exact enumeration when sampling', () => {
    const subset = blocks.slice(0, 12);
    const exact = blockPermutationTest(subset);
    const sampled = blockPermutationTest(subset, { maxExactRelabelings: 10, monteCarloDraws: 50_000 });
    expect(exact?.relabelings).toBe(binomialCoefficient(12, 6));
    expect(sampled?.diff).toBe(exact?.diff);
    expect(Math.abs((sampled?.p ?? 0) - (exact?.p ?? 0))).toBeLessThan(0.01);
  });
});
