import type { CalendarDate } from '../nights/calendar-date';
import type { NightRecord } from '../nights/night-record';
import { blockPermutationTest, hedgesG, mean, newcombeDifference, probabilityOfReduction, welchTest } from '../stats';
import type { ProportionDifference } from '../stats';
import { adherenceOf, type Condition } from './conditions';
import type { Arm, ScheduledNight } from './schedule';

export type ExclusionReason = 'washout' | 'unknown' | 'non_adherent' | 'not_yet';
export const EXCLUSION_REASONS: readonly ExclusionReason[] = ['washout', 'unknown', 'non_adherent', 'not_yet'];

export type AnalysedNight = {
  nightOf: CalendarDate;
  block: number;
  condition: Arm;
  washout: boolean;
  /** null: not logged yet, unknown, or an episode without a rating */
  worstSeverity: number | null;
  hadEpisodes: boolean | null;
  /** confirmed/corrected by the person, else read from the log; null when nothing tells */
  adherent: boolean | null;
  /** what the log alone says */
  adherentFromLog: boolean | null;
  /** why the as-scheduled analysis leaves the night out (null: used) */
  excludedAsScheduled: Exclude<ExclusionReason, 'non_adherent'> | null;
  /** why the per-protocol analysis leaves it out (null: used) */
  excludedPerProtocol: ExclusionReason | null;
};

export type ArmFigures = {
  nights: number;
  blocks: number;
  meanSeverity: number | null;
  nightsWithEpisodes: number;
};

export type ExperimentView = {
  a: ArmFigures;
  b: ArmFigures;
  nightsUsed: number;
  excluded: Record<ExclusionReason, number>;
  /** mean worst severity A − B with its 95% Welch interval; negative = lower on A nights */
  difference: { diff: number; ciLow: number; ciHigh: number; df: number } | null;
  /** P(A lowers severity at all) */
  probabilityLower: number | null;
  /** P(A lowers it by more than the smallest worthwhile difference) */
  probabilityLowerByMargin: number | null;
  /** P(A raises severity at all) */
  probabilityHigher: number | null;
  /** exact two-sided block permutation p (blocks relabelled whole) */
  permutation: { p: number; relabelings: number } | null;
  /** share of nights with episodes, A − B, Newcombe 95% interval */
  episodeShare: ProportionDifference | null;
  hedgesG: number | null;
};

export type ExperimentResult = {
  phase: 'interim' | 'final';
  endedEarly: boolean;
  smallestDifference: number;
  /** nights whose adherence is known, how many kept to their condition, and the share */
  adherence: { known: number; adherent: number; share: number | null };
  asScheduled: ExperimentView;
  perProtocol: ExperimentView;
  nights: AnalysedNight[];
};

export type ExperimentInput = {
  schedule: readonly ScheduledNight[];
  records: readonly NightRecord[];
  /** The person's confirmations and corrections, by night. */
  adherenceOverrides?: ReadonlyMap<CalendarDate, boolean>;
  conditionA: Condition;
  conditionB: Condition;
  smallestDifference: number;
  endedEarly?: boolean;
  /** Tonight: later nights are "not yet"; without it, nights without a record are. */
  today?: CalendarDate;
  /** False while a pause is still running (the schedule is not placed to its end). */
  scheduleComplete?: boolean;
};

export function analyseExperiment(input: ExperimentInput): ExperimentResult {
  const { schedule, conditionA, conditionB, today } = input;
  const byNight = new Map(input.records.map((record) => [record.nightOf, record]));
  const endedEarly = input.endedEarly ?? false;

  const nights: AnalysedNight[] = [];
  for (const entry of schedule) {
    if (entry.condition === null || entry.block === null) continue;
    const record = byNight.get(entry.nightOf);
    const notYet = today !== undefined ? entry.nightOf >= today && !record : !record;
    const future = today !== undefined && entry.nightOf > today;
    const condition = entry.condition === 'A' ? conditionA : conditionB;
    const logged = record ? adherenceOf(condition, record, conditionA) : null;
    const adherent = input.adherenceOverrides?.get(entry.nightOf) ?? logged;
    const severity = record && record.status !== 'unknown' ? record.worstSeverity : null;
    const hadEpisodes = record && record.status !== 'unknown' ? record.status === 'episodes' : null;
    const excludedAsScheduled =
      future || notYet ? 'not_yet' : entry.washout ? 'washout' : severity === null ? 'unknown' : null;
    nights.push({
      nightOf: entry.nightOf,
      block: entry.block,
      condition: entry.condition,
      washout: entry.washout,
      worstSeverity: severity,
      hadEpisodes,
      adherent,
      adherentFromLog: logged,
      excludedAsScheduled,
      excludedPerProtocol: excludedAsScheduled ?? (adherent === false ? 'non_adherent' : null),
    });
  }

  const past = nights.filter((night) => night.excludedAsScheduled !== 'not_yet');
  const known = past.filter((night) => night.adherent !== null);
  const adherentCount = known.filter((night) => night.adherent).length;
  const notYet = nights.some((night) => night.excludedAsScheduled === 'not_yet');
  const complete = input.scheduleComplete ?? true;

  return {
    phase: endedEarly || (complete && !notYet) ? 'final' : 'interim',
    endedEarly,
    smallestDifference: input.smallestDifference,
    adherence: { known: known.length, adherent: adherentCount, share: known.length ? adherentCount / known.length : null },
    asScheduled: view(nights, (night) => night.excludedAsScheduled, input.smallestDifference),
    perProtocol: view(nights, (night) => night.excludedPerProtocol, input.smallestDifference),
    nights,
  };
}

function view(
  nights: readonly AnalysedNight[],
  exclusion: (night: AnalysedNight) => ExclusionReason | null,
  smallestDifference: number,
): ExperimentView {
  const excluded: Record<ExclusionReason, number> = { washout: 0, unknown: 0, non_adherent: 0, not_yet: 0 };
  const used: AnalysedNight[] = [];
  for (const night of nights) {
    const reason = exclusion(night);
    if (reason) excluded[reason]++;
    else used.push(night);
  }
  const severities = (arm: Arm) => used.filter((n) => n.condition === arm).map((n) => n.worstSeverity as number);
  const a = severities('A');
  const b = severities('B');
  const welch = welchTest(a, b);
  const blocks = [...new Set(used.map((n) => n.block))].map((block) => {
    const inBlock = used.filter((n) => n.block === block);
    return { label: (inBlock[0] as AnalysedNight).condition, values: inBlock.map((n) => n.worstSeverity as number) };
  });
  const permutation = blockPermutationTest(blocks);
  const episodes = (arm: Arm) => used.filter((n) => n.condition === arm && n.hadEpisodes).length;
  const figures = (arm: Arm, values: number[]): ArmFigures => ({
    nights: values.length,
    blocks: blocks.filter((block) => block.label === arm).length,
    meanSeverity: values.length ? mean(values) : null,
    nightsWithEpisodes: episodes(arm),
  });
  const lower = probabilityOfReduction(a, b, 0);
  return {
    a: figures('A', a),
    b: figures('B', b),
    nightsUsed: used.length,
    excluded,
    difference: welch ? { diff: welch.diff, ciLow: welch.ciLow, ciHigh: welch.ciHigh, df: welch.df } : null,
    probabilityLower: lower,
    probabilityLowerByMargin: probabilityOfReduction(a, b, smallestDifference),
    probabilityHigher: lower === null ? null : 1 - lower,
    permutation: permutation ? { p: permutation.p, relabelings: permutation.relabelings } : null,
    episodeShare: newcombeDifference(episodes('A'), a.length, episodes('B'), b.length),
    hedgesG: hedgesG(a, b),
  };
}
