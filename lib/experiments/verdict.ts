import type { ExperimentResult, ExperimentView } from './analysis';
import { conditionLabel, type Condition, type ConditionNames } from './conditions';
import { formatProbability } from './progress';

export type Verdict = 'likely helps' | 'probably no meaningful difference' | 'not enough data yet' | 'likely worse';

/** The decision rules, once: the verdict and HOW_WE_DECIDE both read these numbers. */
export const VERDICT_RULES = {
  /** Nights used on each side before any verdict but "not enough data yet". */
  minNightsPerCondition: 6,
  /** Blocks with data on each side: fewer cannot tell a change of condition from a change of week. */
  minBlocksPerCondition: 2,
  /** P(A lowers severity at all) needed for "likely helps" (and P(A raises it) for "likely worse"). */
  decisiveProbability: 0.975,
  /** The block permutation p must not exceed this once there are enough blocks for it to go that low. */
  maxPermutationP: 0.1,
  /** Fewer blocks than this and the smallest possible permutation p is above maxPermutationP: it is not used. */
  permutationFromBlocks: 6,
} as const;

/** Simulated people whose routine lowers severity by 1.5 points: how many of 100 reached "likely helps", by blocks of 7 nights (lib/experiments/planted.test.ts). */
export const FOUND_OF_100_BY_BLOCKS = { 4: 54, 8: 83, 10: 94 } as const;

export const HOW_WE_DECIDE = [
  `We compare the nights of the two conditions as they were scheduled (nights you did not keep to are shown separately, in the per-protocol view). Washout nights after each switch and nights without a record are left out.`,
  `Not enough data yet: fewer than ${VERDICT_RULES.minNightsPerCondition} usable nights or fewer than ${VERDICT_RULES.minBlocksPerCondition} blocks with data for either condition, or the 95% interval is too wide to say.`,
  `Likely helps: the chance that your worst severity is lower on "A" nights is at least ${pct(VERDICT_RULES.decisiveProbability)} (the 95% interval lies entirely below 0)` +
    `, and with ${VERDICT_RULES.permutationFromBlocks} or more blocks the block permutation test agrees (p at most ${VERDICT_RULES.maxPermutationP}).`,
  `Likely worse: the same rule the other way round.`,
  `Probably no meaningful difference: the whole 95% interval lies within the smallest difference worth having, either way.`,
  `How many nights it takes: on simulated people whose routine truly lowers severity by 1.5 points, 4 blocks of 7 nights reached "likely helps" for about half (${FOUND_OF_100_BY_BLOCKS[4]} of 100), 8 blocks for ${FOUND_OF_100_BY_BLOCKS[8]} of 100 and 10 blocks (10 weeks) for ${FOUND_OF_100_BY_BLOCKS[10]} of 100; when the routine did nothing, "likely helps" came up for 1 to 3 of 100. So for a moderate effect, plan on 8 to 10 blocks. These rules were set once, before those runs, and not adjusted to them.`,
  `An experiment ended early carries a caution: stopping when the numbers look good makes them look better than they are.`,
];

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function verdictOf(view: ExperimentView, smallestDifference: number): Verdict {
  const rules = VERDICT_RULES;
  if (
    view.a.nights < rules.minNightsPerCondition ||
    view.b.nights < rules.minNightsPerCondition ||
    view.a.blocks < rules.minBlocksPerCondition ||
    view.b.blocks < rules.minBlocksPerCondition
  ) {
    return 'not enough data yet';
  }
  const { difference, probabilityLower, probabilityHigher } = view;
  if (!difference || probabilityLower === null || probabilityHigher === null) {
    // No spread at all (every night the same): equal means are no difference, otherwise we cannot say.
    const [a, b] = [view.a.meanSeverity, view.b.meanSeverity];
    return a !== null && a === b ? 'probably no meaningful difference' : 'not enough data yet';
  }
  const permutationAgrees =
    view.a.blocks + view.b.blocks < rules.permutationFromBlocks ||
    (view.permutation !== null && view.permutation.p <= rules.maxPermutationP);
  if (probabilityLower >= rules.decisiveProbability && permutationAgrees) return 'likely helps';
  if (probabilityHigher >= rules.decisiveProbability && permutationAgrees) return 'likely worse';
  if (difference.ciLow > -smallestDifference && difference.ciHigh < smallestDifference) {
    return 'probably no meaningful difference';
  }
  return 'not enough data yet';
}

export function experimentVerdict(result: ExperimentResult): Verdict {
  return verdictOf(result.asScheduled, result.smallestDifference);
}

const points = (x: number) => `${formatNumber(x)} ${Math.abs(x) === 1 ? 'point' : 'points'}`;

function formatNumber(x: number): string {
  const rounded = Math.round(x * 10) / 10;
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(1).replace(/\.0$/, '');
}

/**
 * "On routine nights your worst severity averaged 2.1 points lower (95% interval 0.8 to 3.4), across
 * 24 nights; 91% likely to be at least 1 point better." Plus a caution when the experiment ended early.
 */
export function resultSentence(
  result: ExperimentResult,
  options: { conditionA?: Condition; names?: ConditionNames } = {},
): string {
  const view = result.asScheduled;
  const subject = options.conditionA ? nightsPhrase(options.conditionA, options.names) : 'On routine nights';
  const caution = result.endedEarly
    ? ' The experiment was ended early, so treat this with caution: stopping early tends to overstate a difference.'
    : '';
  if (!view.difference || view.probabilityLowerByMargin === null) {
    return `Not enough nights to compare (${view.a.nights} on A, ${view.b.nights} on B).${caution}`;
  }
  const { diff, ciLow, ciHigh } = view.difference;
  const direction = diff <= 0 ? 'lower' : 'higher';
  // The interval is read in the sentence's direction: "lower (0.8 to 3.4)" means −3.4 to −0.8.
  const [from, to] = diff <= 0 ? [-ciHigh, -ciLow] : [ciLow, ciHigh];
  const likely = formatProbability(view.probabilityLowerByMargin);
  return (
    `${subject} your worst severity averaged ${points(Math.abs(diff))} ${direction} ` +
    `(95% interval ${formatNumber(from)} to ${formatNumber(to)}), across ${view.nightsUsed} nights; ` +
    `${likely} likely to be at least ${points(result.smallestDifference)} better.${caution}`
  );
}

function nightsPhrase(condition: Condition, names?: ConditionNames): string {
  if (condition.kind === 'routine') return 'On routine nights';
  return `On "${conditionLabel(condition, names)}" nights`;
}
