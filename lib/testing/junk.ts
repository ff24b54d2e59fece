// Generated bad and boundary input for property tests of schemas and server actions.
import fc from 'fast-check';

const hugeStrings = ['x'.repeat(100_001), '漢'.repeat(3_000), '🙂'.repeat(2_001), ' '.repeat(5_000), `${'a'.repeat(2_000)}\u0000`];
const trickyStrings = [
  '', ' ', '\t\n', '\u0000', '\u202e', '\ufeff', '💥', 'null', 'undefined', 'NaN', 'Infinity', '-0', '1e309', '0x10', '[]', '{}',
  '__proto__', 'constructor', '$', '$undefined', '$@0', "'; drop table users; --", '<script>alert(1)</script>', '../../etc/passwd',
  'yes', 'no', 'true', '00:00', '24:00', '23:60',
];
/** Dates and times the app must refuse or hold exactly: far years, impossible days, odd offsets. */
const dateStrings = [
  '0000-01-01', '1899-12-31', '1900-01-01', '2200-12-31', '2201-01-01', '9999-12-31', '275760-09-13', '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z', '2026-02-29', '2024-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '2026-11-30T25:61',
  '2026-11-30T24:00', '1899-12-31T23:59', '2201-01-01T00:00', '2026-11-30T02:00:00Z', '2026-11-30T02:00:00+14:00',
  '2026-11-30T02:00:00-12:00', '2026-03-29T02:30', '2026-10-25T02:30', '2999-01-01T00:00:00Z',
];
const idStrings = ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', 'not-an-id', '0b7a6f2e-5c1d-4e7a-9f0b'];
const boundaryNumbers = [0, -0, 1, -1, 0.5, 4.5, 5, 6, 10, 11, 20, 21, 24, 25, 30, 31, 40, 41, 50, 51, 60, 600, 601, 1440, 1441, 1800, 1801, 1e6, 1e6 + 1];

export const junkScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -1e308),
  fc.constantFrom(...boundaryNumbers),
  fc.double(),
  fc.integer({ min: -2_000, max: 2_000 }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...hugeStrings, ...trickyStrings, ...dateStrings, ...idStrings),
  fc.date({ noInvalidDate: false }),
  fc.uuid(),
);

/** Anything: scalars, arrays and objects nested a few levels deep. */
export const junkValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    junkScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Keys an attacker adds hoping they reach the database. */
const extraKeys = fc.dictionary(
  fc.constantFrom('userId', 'user_id', 'ownerId', 'createdAt', 'isAdmin', 'id2', 'extra'),
  junkValue,
  { maxKeys: 3 },
);

/**
 * An object with the given field names (from a valid input when one is known), each kept or replaced
 * by junk, with extra keys now and then: one bad field among good ones is the common case.
 */
export function junkObject(sample: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(sample).map(([k, v]) => [k, fc.oneof({ weight: 1, arbitrary: fc.constant(v) }, { weight: 2, arbitrary: junkValue })]),
  );
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(extraKeys, { nil: undefined }))
    .map(([record, extra]) => ({ ...record, ...extra }));
}

/** Junk for an input of the given shape: mostly shaped objects, sometimes anything at all. */
export function junkFor(sample: Record<string, unknown> | undefined): fc.Arbitrary<unknown> {
  return sample ? fc.oneof({ weight: 3, arbitrary: junkObject(sample) }, { weight: 1, arbitrary: junkValue }) : junkValue;
}
