import { describe, expect, it } from 'vitest';
import { analyseExperiment } from './analysis';
import type { Condition } from './conditions';
import { buildSchedule } from './schedule';
import { record } from './testing';
import { experimentVerdict, HOW_WE_DECIDE, resultSentence, VERDICT_RULES, verdictOf } from './verdict';

const A: Condition = { kind: 'routine', routineId: 'r1' };
const B: Condition = { kind: 'none' };

/** 4 blocks of 7 (ABBA) from 2026-01-01: A nights carry the routine's session. */
function setup(severity: (arm: 'A' | 'B', i: number) => number | null, order: ('A' | 'B')[] = ['A', 'B', 'B', 'A']) {
  const schedule = buildSchedule({ startNight: '2026-01-01', blockLength: 7, order, washoutNights: 1 });
  const records = schedule.map((n, i) => {
    const s = severity(n.condition!, i);
    return record(n.nightOf, {
      status: s === null ? 'unknown' : s > 0 ? 'episodes' : 'symptom_free',
      worstSeverity: s,
      episodeCount: s && s > 0 ? 1 : 0,
      routineIds: n.condition === 'A' ? ['r1'] : [],
    });
  });
  return { schedule, records };
}

const wobble = (i: number) => [0, 1, -1, 2, -2, 1, -1][i % 7]!;

describe('analyseExperiment', () => {
  it('compares A − B over the nights used, leaving washout out', () => {
    const { schedule, records } = setup((arm, i) => (arm === 'A' ? 3 : 6) + wobble(i));
    const result = analyseExperiment({ schedule, records, conditionA: A, conditionB: B, smallestDifference: 1 });
    const view = result.asScheduled;
    expect(view.excluded).toEqual({ washout: 2, unknown: 0, non_adherent: 0, not_yet: 0 });
    expect(view.nightsUsed).toBe(26);
    expect(view.a.nights).toBe(13);
    expect(view.difference!.diff).toBeLessThan(-2);
    expect(view.difference!.ciHigh).toBeLessThan(0);
    expect(view.probabilityLower).toBeGreaterThan(0.99);
    expect(view.permutation!.relabelings).toBe(6);
    expect(view.episodeShare).not.toBeNull();
    expect(view.hedgesG).toBeLessThan(0);
    expect(result.phase).toBe('final');
    expect(result.adherence).toEqual({ known: 28, adherent: 28, share: 1 });
    expect(experimentVerdict(result)).toBe('likely helps');
  });

  it('keeps non-adherent nights as scheduled and drops them per protocol; overrides win', () => {
    const { schedule, records } = setup((arm, i) => (arm === 'A' ? 3 : 6) + wobble(i));
    const skipped = records.map((r, i) => (i === 1 ? { ...r, routineIds: [] } : r));
    const overrides = new Map([[schedule[2]!.nightOf, false]]);
    const result = analyseExperiment({ schedule, records: skipped, adherenceOverrides: overrides, conditionA: A, conditionB: B, smallestDifference: 1 });
    expect(result.asScheduled.nightsUsed).toBe(26);
    expect(result.perProtocol.nightsUsed).toBe(24);
    expect(result.perProtocol.excluded.non_adherent).toBe(2);
    expect(result.adherence.adherent).toBe(26);
  });

  it('has no figures without data, and says not yet for nights to come', () => {
    const { schedule } = setup(() => 0);
    const result = analyseExperiment({ schedule, records: [], conditionA: A, conditionB: B, smallestDifference: 1, today: '2026-01-01' });
    expect(result.phase).toBe('interim');
    expect(result.asScheduled.excluded.not_yet).toBe(28);
    expect(result.asScheduled.difference).toBeNull();
    expect(result.asScheduled.permutation).toBeNull();
    expect(result.adherence.share).toBeNull();
    expect(experimentVerdict(result)).toBe('not enough data yet');
    expect(resultSentence(result)).toMatch(/^Not enough nights to compare/);
  });

  it('counts missing past nights as unknown, never symptom-free', () => {
    const { schedule, records } = setup((arm, i) => (i % 3 === 0 ? null : arm === 'A' ? 2 : 3));
    const result = analyseExperiment({ schedule, records: records.slice(0, 20), conditionA: A, conditionB: B, smallestDifference: 1, today: '2026-02-10' });
    expect(result.asScheduled.excluded.unknown).toBeGreaterThan(8);
    expect(result.asScheduled.excluded.not_yet).toBe(0);
  });

  it('cannot decide with all nights on one condition', () => {
    const { schedule, records } = setup((_, i) => 3 + wobble(i), ['A', 'A', 'A', 'A']);
    const result = analyseExperiment({ schedule, records, conditionA: A, conditionB: B, smallestDifference: 1 });
    expect(result.asScheduled.b.nights).toBe(0);
    expect(result.asScheduled.permutation).toBeNull();
    expect(experimentVerdict(result)).toBe('not enough data yet');
  });

  it('reads identical nights (ties, no spread) as no difference', () => {
    const { schedule, records } = setup(() => 4);
    const result = analyseExperiment({ schedule, records, conditionA: A, conditionB: B, smallestDifference: 1 });
    expect(result.asScheduled.difference).toBeNull();
    expect(experimentVerdict(result)).toBe('probably no meaningful difference');
  });

  it('skips paused nights entirely', () => {
    const schedule = buildSchedule({ startNight: '2026-01-01', blockLength: 7, order: ['A', 'B', 'B', 'A'], washoutNights: 1, pauses: [{ from: '2026-01-03', to: '2026-01-05' }] });
    const records = schedule.map((n) => record(n.nightOf, { worstSeverity: 0 }));
    const result = analyseExperiment({ schedule, records, conditionA: A, conditionB: B, smallestDifference: 1 });
    expect(result.nights).toHaveLength(28);
  });
});

describe('verdict', () => {
  it('says likely worse, no meaningful difference or not enough data by the rules', () => {
    const worse = setup((arm, i) => (arm === 'A' ? 6 : 3) + wobble(i));
    expect(experimentVerdict(analyseExperiment({ ...worse, conditionA: A, conditionB: B, smallestDifference: 1 }))).toBe('likely worse');
    const same = setup((_, i) => 4 + (i % 2) * 0.5);
    expect(experimentVerdict(analyseExperiment({ ...same, conditionA: A, conditionB: B, smallestDifference: 1 }))).toBe('probably no meaningful difference');
    const noisy = setup((arm, i) => (arm === 'A' ? 4 : 5) + 3 * wobble(i));
    expect(experimentVerdict(analyseExperiment({ ...noisy, conditionA: A, conditionB: B, smallestDifference: 1 }))).toBe('not enough data yet');
  });

  it('wants the block permutation to agree once there are enough blocks', () => {
    const view = {
      a: { nights: 20, blocks: 4, meanSeverity: 2, nightsWithEpisodes: 10 },
      b: { nights: 20, blocks: 4, meanSeverity: 4, nightsWithEpisodes: 15 },
      nightsUsed: 40,
      excluded: { washout: 0, unknown: 0, non_adherent: 0, not_yet: 0 },
      difference: { diff: -2, ciLow: -3, ciHigh: -1, df: 30 },
      probabilityLower: 0.999,
      probabilityLowerByMargin: 0.97,
      probabilityHigher: 0.001,
      permutation: { p: 0.3, relabelings: 70 },
      episodeShare: null,
      hedgesG: -1,
    };
    expect(verdictOf(view, 1)).toBe('not enough data yet');
    expect(verdictOf({ ...view, permutation: { p: 0.03, relabelings: 70 } }, 1)).toBe('likely helps');
  });

  it('writes the rules down once, with their numbers', () => {
    const text = HOW_WE_DECIDE.join(' ');
    expect(text).toContain(`${VERDICT_RULES.minNightsPerCondition} usable nights`);
    expect(text).toContain('97.5%');
  });

  it('puts the result in a sentence, with a caution when ended early', () => {
    const { schedule, records } = setup((arm, i) => (arm === 'A' ? 3 : 5) + wobble(i));
    const result = analyseExperiment({ schedule, records, conditionA: A, conditionB: B, smallestDifference: 1, endedEarly: true });
    const sentence = resultSentence(result);
    expect(sentence).toMatch(/^On routine nights your worst severity averaged 2 points lower \(95% interval [\d.]+ to [\d.]+\), across 26 nights; (\d+%|> 99%) likely to be at least 1 point better\./);
    expect(sentence).toContain('ended early');
    expect(resultSentence({ ...result, endedEarly: false })).not.toContain('ended early');
  });
});
