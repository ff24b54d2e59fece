import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors';
import {
  BLOCK_COUNT_MESSAGE,
  BLOCK_LENGTH_MESSAGE,
  CONDITION_A_MESSAGE,
  createExperimentSchema,
  ORDER_MESSAGE,
  SAME_CONDITIONS_MESSAGE,
  SMALLEST_DIFFERENCE_MESSAGE,
  WASHOUT_MESSAGE,
} from './experiments';

const good = {
  id: '7d1a3c1e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  conditionA: 'routine:7d1a3c1e-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  conditionB: 'none',
  blockLength: '7',
  blockCount: '4',
  blockOrder: 'ABBA',
  washoutNights: '1',
  startNight: '2026-12-02',
  smallestDifference: '1',
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = createExperimentSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('creating an experiment', () => {
  it('accepts a form’s strings and reads them as numbers', () => {
    expect(createExperimentSchema.parse(good)).toMatchObject({ blockLength: 7, blockCount: 4, washoutNights: 1, smallestDifference: 1 });
  });

  it('refuses each bad field with its own message', () => {
    expect(errorsOf({ ...good, blockLength: '0' }).blockLength).toEqual([BLOCK_LENGTH_MESSAGE]);
    expect(errorsOf({ ...good, blockCount: '1', blockOrder: 'A' }).blockCount).toEqual([BLOCK_COUNT_MESSAGE]);
    expect(errorsOf({ ...good, blockCount: '5', blockOrder: 'ABBAB' }).blockCount).toEqual([BLOCK_COUNT_MESSAGE]);
    expect(errorsOf({ ...good, conditionB: good.conditionA }).conditionB).toEqual([SAME_CONDITIONS_MESSAGE]);
    expect(errorsOf({ ...good, conditionA: 'none' }).conditionA).toEqual([CONDITION_A_MESSAGE]);
    expect(errorsOf({ ...good, conditionA: 'drink:coffee' }).conditionA).toEqual([CONDITION_A_MESSAGE]);
    expect(errorsOf({ ...good, washoutNights: '7' }).washoutNights).toEqual([WASHOUT_MESSAGE]);
    expect(errorsOf({ ...good, smallestDifference: '0' }).smallestDifference).toEqual([SMALLEST_DIFFERENCE_MESSAGE]);
    expect(errorsOf({ ...good, startNight: '2026-02-30' }).startNight).toBeDefined();
  });

  it('takes only the balanced orders that are drawn (never AABB)', () => {
    expect(errorsOf({ ...good, blockOrder: 'AABB' }).blockOrder).toEqual([ORDER_MESSAGE]);
    expect(errorsOf({ ...good, blockOrder: 'ABAB' })).toEqual({});
    expect(errorsOf({ ...good, blockCount: '8', blockOrder: 'ABBA' }).blockOrder).toEqual([ORDER_MESSAGE]);
  });

  it('allows B to be another routine, not a factor change', () => {
    expect(errorsOf({ ...good, conditionB: 'routine:0d1a3c1e-4a5b-4c6d-8e9f-0a1b2c3d4e5f' })).toEqual({});
    expect(errorsOf({ ...good, conditionB: 'avoid:alcohol' }).conditionB).toBeDefined();
  });
});
