import { describe, expect, it } from 'vitest';
import { generateDemoData, PLANTED_EFFECTS } from '../demo/generate';
import { factorLinks, linkFactors, suggestNextTest, type FactorLink } from './factor-links';
import { demoNightRecords } from '../demo/night-records';

const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + 7919 * i);

const runs = SEEDS.map((seed) => {
  const data = generateDemoData({ today: '2026-06-01', timeZone: 'Europe/Berlin', seed, exactEffects: false });
  const factors = linkFactors({ custom: [data.customFactor], routines: [data.routine] });
  const links = factorLinks(demoNightRecords(data), factors);
  const find = (key: string, lag = 0): FactorLink => links.find((l) => l.factor.key === key && l.lag === lag)!;
  return { data, links, find };
});

const count = (test: (run: (typeof runs)[number]) => boolean) => runs.filter(test).length;

describe(`planted effects across ${SEEDS.length} demo seeds`, () => {
  it(`finds the routine (${PLANTED_EFFECTS.routine}) lower with an interval below 0 in 20/20 seeds (bar: ≥ 18)`, () => {
    const found = count(({ data, find }) => (find(`routine:${data.routine.id}`).result?.severity.ciHigh ?? 0) < 0);
    expect(found).toBeGreaterThanOrEqual(18);
  });

  it(`finds late caffeine (+${PLANTED_EFFECTS.lateCaffeine}) higher with an interval above 0 in 19/20 seeds (bar: ≥ 18)`, () => {
    const found = count(({ find }) => (find('late_caffeine').result?.severity.ciLow ?? 0) > 0);
    expect(found).toBeGreaterThanOrEqual(18);
  });

  it(`reports the no-effect custom factor as a finding after adjustment in 0/20 seeds (bar: ≤ 1)`, () => {
    const findings = count(({ data, find }) =>
      ([0, 1] as const).some((lag) => (find(`custom:${data.customFactor.id}`, lag).result?.adjustedP ?? 1) < 0.05),
    );
    expect(findings).toBeLessThanOrEqual(1);
  });

  it('suggests a controllable test in every seed, never one on iron or a medication', () => {
    for (const { links } of runs) {
      const suggestion = suggestNextTest(links);
      expect(suggestion).not.toBeNull();
      expect(suggestion!.link.factor.key).not.toBe('iron');
    }
  });
});
