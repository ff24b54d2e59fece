import { describe, expect, it } from 'vitest';
import { addDays } from '../nights/calendar-date';
import type { NightFactors, NightRecord } from '../nights/night-record';
import { factorLinks, linkFactors, neededWords, rowCondition, suggestNextTest } from './factor-links';

const noFactors: NightFactors = {
  caffeineServings: 0,
  lastCaffeineMinutes: null,
  alcoholDrinks: 0,
  exerciseMinutes: 0,
  exerciseTimeOfDay: null,
  stress: 3,
  ironSupplement: true,
  custom: {},
};

function night(i: number, worst: number | null, factors: Partial<NightFactors> = {}, extra: Partial<NightRecord> = {}): NightRecord {
  return {
    nightOf: addDays('2026-01-01', i),
    status: worst === null ? 'unknown' : worst === 0 ? 'symptom_free' : 'episodes',
    worstSeverity: worst,
    episodeCount: worst ? 1 : 0,
    firstOnset: null,
    hoursSlept: null,
    beforeBedStretch: false,
    routineIds: [],
    factors: { ...noFactors, ...factors },
    ...extra,
  };
}

const factors = linkFactors({ custom: [{ id: 'c1', name: 'Hot shower', kind: 'boolean' }], routines: [{ id: 'r1', name: 'Bedtime' }] });
const find = (links: ReturnType<typeof factorLinks>, key: string, lag = 0) => links.find((l) => l.factor.key === key && l.lag === lag)!;

describe('factorLinks', () => {
  it('compares late-caffeine nights with earlier or no caffeine, and never counts unknown nights', () => {
    const nights = Array.from({ length: 30 }, (_, i) =>
      i % 2 ? night(i, 6 + (i % 3), { caffeineServings: 1, lastCaffeineMinutes: 15 * 60 }) : night(i, 2 + (i % 3)),
    );
    nights.push(night(30, null, { caffeineServings: 1, lastCaffeineMinutes: 16 * 60 }));
    const link = find(factorLinks(nights, factors), 'late_caffeine');
    expect(link.withNights).toBe(15);
    expect(link.withoutNights).toBe(15);
    expect(link.result!.severity.diff).toBeCloseTo(4, 6);
    expect(link.result!.severity.ciLow).toBeGreaterThan(0);
    expect(link.result!.frequency!.diff).toBe(0);
    expect(link.result!.hedgesG).toBeGreaterThan(1);
    expect(rowCondition(link)).toBe('avoid:late_caffeine');
  });

  it('reads the day before for alcohol (D−1 → night D)', () => {
    const nights = Array.from({ length: 30 }, (_, i) => night(i, (i % 2 ? 7 : 3) + (i % 3), { alcoholDrinks: i % 2 ? 0 : 2 }));
    const links = factorLinks(nights, factors);
    expect(find(links, 'alcohol', 0).result!.severity.diff).toBeLessThan(0);
    expect(find(links, 'alcohol', 1).result!.severity.diff).toBeGreaterThan(0);
    expect(find(links, 'caffeine', 1)).toBeUndefined();
  });

  it('says how many more nights are needed below the minimum', () => {
    const nights = Array.from({ length: 12 }, (_, i) => night(i, 4 + (i % 2), {}, { routineIds: i < 3 ? ['r1'] : [] }));
    const link = find(factorLinks(nights, factors), 'routine:r1');
    expect(link.result).toBeNull();
    expect(link.needed).toEqual({ with: 4, without: 0 });
    expect(neededWords(link.needed!)).toBe('Not enough data yet — about 4 more nights with and 0 without');
    expect(rowCondition(link)).toBe('routine:r1');
  });

  it('adjusts p-values over every comparison shown', () => {
    const nights = Array.from({ length: 40 }, (_, i) => night(i, (i * 7) % 5, { custom: { c1: i % 2 }, stress: i % 3 ? 8 : 2 }));
    const links = factorLinks(nights, factors).filter((l) => l.result);
    expect(links.length).toBeGreaterThan(2);
    for (const l of links) expect(l.result!.adjustedP).toBeGreaterThanOrEqual(l.result!.severity.p - 1e-12);
  });
});

describe('suggestNextTest', () => {
  it('picks a controllable factor in an actionable direction, never iron', () => {
    const nights = Array.from({ length: 40 }, (_, i) =>
      night(i, i % 2 ? 1 + (i % 3) : 6 + (i % 3), { ironSupplement: i % 2 === 1 }, { routineIds: i % 4 === 1 ? ['r1'] : [] }),
    );
    const links = factorLinks(nights, factors);
    expect(find(links, 'iron').result!.adjustedP).toBeLessThan(find(links, 'routine:r1').result!.adjustedP);
    expect(suggestNextTest(links)!.condition).toBe('routine:r1');
  });

  it('suggests nothing when no controllable link points a usable way', () => {
    const nights = Array.from({ length: 40 }, (_, i) => night(i, (i % 2 ? 7 : 2) + (i % 3), { exerciseMinutes: i % 2 ? 30 : 0 }));
    expect(suggestNextTest(factorLinks(nights, factors).filter((l) => l.factor.key === 'exercise' && l.lag === 0))).toBeNull();
  });
});
