export { mean, median, standardDeviation, sum, variance } from './descriptive';
export { standardNormalQuantile, studentTCdf, studentTQuantile } from './distributions';
export { hedgesG } from './effect-size';
export { benjaminiHochberg } from './multiple-testing';
export {
  binomialCoefficient,
  blockPermutationTest,
  type BlockLabel,
  type BlockPermutationOptions,
  type BlockPermutationResult,
  type LabelledBlock,
} from './permutation';
export { newcombeDifference, wilsonInterval, type Interval, type ProportionDifference } from './proportions';
export { mulberry32 } from './random';
export { linearTrend, type LinearTrend } from './regression';
export { rollingMean } from './rolling';
export { probabilityOfReduction, welchTest, type WelchResult } from './welch';
export { nightOf, onsetMinutesAfterNoon } from '../nights/night-of';
