// Every zod schema exported from lib/validation (or made by an exported function), fed generated
// bad and boundary input: safeParse never throws, and a refusal names a field and says why.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { junkFor } from '../testing/junk';
import { parseInput, UNREADABLE_INPUT_MESSAGE } from './parse-input';

const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], { eager: true });

/** Arguments for exported schema factories; any other function gets a user's time zone and clock. */
const FACTORY_ARGS: Record<string, unknown[]> = {
  customPeriodSchema: ['2026-11-30'],
  shortTextSchema: ['a name', 60],
  optionalText: [60],
  optionalWholeNumber: [{ min: 0, max: 30, message: 'Enter a whole number up to 30' }],
  wholeNumber: [{ min: 0, max: 40, message: 'Enter a whole number from 0 to 40' }],
  optionalChoice: [['a', 'b'], 'Choose a or b'],
};
const SAMPLE_USER_ARGS = ['Europe/Berlin', () => new Date('2026-11-30T02:00:00Z')];

type Found = { name: string; schema: z.ZodType };

function discoverSchemas(): Found[] {
  const found: Found[] = [];
  for (const [file, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      const label = `${file.replace('./', '')}#${name}`;
      if (value instanceof z.ZodType) found.push({ name: label, schema: value });
      else if (typeof value === 'function') {
        let made: unknown;
        try {
          made = (value as (...args: unknown[]) => unknown)(...(FACTORY_ARGS[name] ?? SAMPLE_USER_ARGS));
        } catch {
          continue; // not a schema factory
        }
        if (made instanceof z.ZodType) found.push({ name: `${label}(…)`, schema: made });
      }
    }
  }
  return found;
}

/** The object schema inside pipes, refinements, defaults and optionals, if there is one. */
function objectIn(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (schema instanceof z.ZodPipe) {
    return objectIn((def.in instanceof z.ZodTransform ? def.out : def.in) as z.ZodType);
  }
  if (def.innerType instanceof z.ZodType) return objectIn(def.innerType);
  return undefined;
}

const sampleOf = (shape: z.ZodObject | undefined) =>
  shape ? Object.fromEntries(Object.keys(shape.shape).map((k) => [k, undefined])) : undefined;

const schemas = discoverSchemas();

// Junk holds BigInts, which JSON.stringify refuses: show them as 1n.
const describeIssue = (issue: unknown) => JSON.stringify(issue, (_key, value) => (typeof value === 'bigint' ? `${value}n` : value));

describe('every validation schema under bad input', () => {
  it('finds the schemas by itself', () => {
    expect(schemas.length).toBeGreaterThan(30);
    for (const expected of ['episodes.ts#episodeFormSchema(…)', 'checkins.ts#checkinSchema', 'stretches.ts#routineInputSchema']) {
      expect(schemas.map((s) => s.name)).toContain(expected);
    }
  });

  it.each(schemas.map((s) => [s.name, s] as const))('%s', async (_name, { schema }) => {
    const object = objectIn(schema);
    await fc.assert(
      // Async: some schemas refine on the server (the common-password check).
      fc.asyncProperty(junkFor(sampleOf(object)), async (input) => {
        const result = await parseInput(schema, input); // what the action and route wrappers do
        const isObject = input !== null && typeof input === 'object' && !Array.isArray(input) && !(input instanceof Date);
        if (result.success) {
          // Extra keys never pass through to the handler (and so never to the database).
          if (object && result.data && typeof result.data === 'object') {
            const known = new Set(Object.keys(object.shape));
            expect(Object.keys(result.data).filter((k) => !known.has(k))).toEqual([]);
          }
          return;
        }
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(typeof issue.message === 'string' && issue.message.trim().length > 0, describeIssue(issue)).toBe(true);
          expect(Array.isArray(issue.path)).toBe(true);
          // Given an object, every message belongs to one of its fields, where the form shows it
          // (but for input zod itself could not read: one message for the form).
          if (object && isObject && issue.message !== UNREADABLE_INPUT_MESSAGE) expect(issue.path.length, describeIssue(issue)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
