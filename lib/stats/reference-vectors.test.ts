/// <reference types="node" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  blockPermutationTest,
  hedgesG,
  linearTrend,
  newcombeDifference,
  nightOf,
  onsetMinutesAfterNoon,
  probabilityOfReduction,
  rollingMean,
  welchTest,
  wilsonInterval,
  type LabelledBlock,
} from './index';

type Expected = number | string | null | Expected[] | { [key: string]: Expected };
interface Case<Input> { expected: Expected; input: Input }

interface ReferenceVectors {
  welchTest: { a: number[]; b: number[]; expected: Expected }[];
  probabilityOfReduction: { a: number[]; b: number[]; margin: number; expected: Expected }[];
  hedgesG: { a: number[]; b: number[]; expected: Expected }[];
  wilsonInterval: { k: number; n: number; expected: Expected }[];
  newcombeDifference: { k1: number; n1: number; k2: number; n2: number; expected: Expected }[];
  blockPermutationTest: { blocks: LabelledBlock[]; expected: Expected }[];
  benjaminiHochberg: { p: number[]; expected: Expected }[];
  linearTrend: { x: number[]; y: number[]; expected: Expected }[];
  rollingMean: { values: (number | null)[]; window: number; minCount: number; expected: Expected }[];
  nightOf: { instant: string; timeZone: string; expected: Expected }[];
  onsetMinutesAfterNoon: { instant: string; timeZone: string; expected: Expected }[];
}

// The reference vectors, kept in the repo: the tests read nothing outside it.
const copyPath = path.resolve(import.meta.dirname, 'testdata/reference-vectors.json');
const vectors = JSON.parse(readFileSync(copyPath, 'utf8')) as ReferenceVectors;

const EXACT_KEYS = new Set(['relabelings']);

/** Asserts got ≈ want within 1e-6·max(1,|want|); exact for strings, nulls and exact keys. */
function expectClose(got: unknown, want: Expected, where: string, exact = false): void {
  if (want === null) {
    expect(got, where).toBeNull();
  } else if (typeof want === 'number') {
    expect(typeof got, where).toBe('number');
    if (exact) expect(got, where).toBe(want);
    else expect(Math.abs((got as number) - want), where).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want)));
  } else if (typeof want === 'string') {
    expect(got, where).toBe(want);
  } else if (Array.isArray(want)) {
    expect(Array.isArray(got), where).toBe(true);
    const list = got as unknown[];
    expect(list.length, where).toBe(want.length);
    want.forEach((item, i) => expectClose(list[i], item, `${where}[${i}]`, exact));
  } else {
    expect(got, where).toBeTypeOf('object');
    const record = got as Record<string, unknown>;
    for (const [key, value] of Object.entries(want)) {
      expectClose(record[key], value, `${where}.${key}`, exact || EXACT_KEYS.has(key));
    }
  }
}

function checkAll<Input>(name: string, cases: Case<Input>[], run: (input: Input) => unknown, exact = false): void {
  describe(name, () => {
    it(`has reference cases`, () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((c, i) => [i, c] as const))('case %i', (i, c) => {
      expectClose(run(c.input), c.expected, `${name}#${i}`, exact);
    });
  });
}

const asCases = <T extends { expected: Expected }>(list: T[]): Case<T>[] =>
  list.map((item) => ({ expected: item.expected, input: item }));

checkAll('welchTest', asCases(vectors.welchTest), (c) => welchTest(c.a, c.b));
checkAll('probabilityOfReduction', asCases(vectors.probabilityOfReduction), (c) =>
  probabilityOfReduction(c.a, c.b, c.margin),
);
checkAll('hedgesG', asCases(vectors.hedgesG), (c) => hedgesG(c.a, c.b));
checkAll('wilsonInterval', asCases(vectors.wilsonInterval), (c) => wilsonInterval(c.k, c.n));
checkAll('newcombeDifference', asCases(vectors.newcombeDifference), (c) =>
  newcombeDifference(c.k1, c.n1, c.k2, c.n2),
);
checkAll('blockPermutationTest', asCases(vectors.blockPermutationTest), (c) => blockPermutationTest(c.blocks));
checkAll('benjaminiHochberg', asCases(vectors.benjaminiHochberg), (c) => benjaminiHochberg(c.p));
checkAll('linearTrend', asCases(vectors.linearTrend), (c) => linearTrend(c.x, c.y));
checkAll('rollingMean', asCases(vectors.rollingMean), (c) => rollingMean(c.values, c.window, c.minCount));
checkAll('nightOf', asCases(vectors.nightOf), (c) => nightOf(c.instant, c.timeZone), true);
checkAll('onsetMinutesAfterNoon', asCases(vectors.onsetMinutesAfterNoon), (c) =>
  onsetMinutesAfterNoon(c.instant, c.timeZone), true);
