import './zod-config';
import { z } from 'zod';
import { BALANCED_ORDERS, isValidPair, parseConditionKey } from '../experiments';
import { calendarDateSchema, clientIdSchema, uuidSchema } from './common';
import { numberInput, wholeNumber } from './form-input';

export const BLOCK_LENGTH_MESSAGE = 'Enter a block length from 1 to 60 nights';
export const BLOCK_COUNT_MESSAGE = 'Choose an even number of blocks from 4 to 16 (at least 2 of each condition)';
export const WASHOUT_MESSAGE = 'Washout nights must be fewer than the nights in a block';
export const SMALLEST_DIFFERENCE_MESSAGE = 'Enter a difference from 0.1 to 10 points';
export const CONDITION_A_MESSAGE = 'Choose what to test';
export const CONDITION_B_MESSAGE = 'Choose what to compare it with';
export const SAME_CONDITIONS_MESSAGE = 'Compare it with something different';
export const ORDER_MESSAGE = 'The order of blocks was not one of the balanced orders; reload the page and try again';
export const PAST_START_MESSAGE = 'Start tonight or on a later night';
export const ACTIVE_EXISTS_MESSAGE = 'You already have an experiment running. Finish, end or abandon it first: one at a time keeps each fair.';

const conditionKeySchema = (message: string) =>
  z.string({ error: message }).trim().min(1, message).refine((key) => parseConditionKey(key) !== undefined, message);

export const createExperimentSchema = z
  .object({
    id: clientIdSchema,
    conditionA: conditionKeySchema(CONDITION_A_MESSAGE),
    conditionB: conditionKeySchema(CONDITION_B_MESSAGE),
    blockLength: wholeNumber({ min: 1, max: 60, message: BLOCK_LENGTH_MESSAGE }),
    blockCount: wholeNumber({ min: 4, max: 16, message: BLOCK_COUNT_MESSAGE }).refine((n) => n % 2 === 0 || n < 4 || n > 16, BLOCK_COUNT_MESSAGE),
    blockOrder: z.string({ error: ORDER_MESSAGE }).regex(/^[AB]{4,16}$/, ORDER_MESSAGE),
    washoutNights: wholeNumber({ min: 0, max: 59, message: WASHOUT_MESSAGE }),
    startNight: calendarDateSchema,
    smallestDifference: z.preprocess(
      numberInput,
      z.number({ error: SMALLEST_DIFFERENCE_MESSAGE }).min(0.1, SMALLEST_DIFFERENCE_MESSAGE).max(10, SMALLEST_DIFFERENCE_MESSAGE),
    ),
  })
  .superRefine((e, ctx) => {
    const a = parseConditionKey(e.conditionA);
    const b = parseConditionKey(e.conditionB);
    if (a && a.kind === 'none') ctx.addIssue({ code: 'custom', path: ['conditionA'], message: CONDITION_A_MESSAGE });
    else if (a && b && e.conditionA === e.conditionB) ctx.addIssue({ code: 'custom', path: ['conditionB'], message: SAME_CONDITIONS_MESSAGE });
    else if (a && b && !isValidPair(a, b)) ctx.addIssue({ code: 'custom', path: ['conditionB'], message: CONDITION_B_MESSAGE });
    if (e.washoutNights >= e.blockLength) ctx.addIssue({ code: 'custom', path: ['washoutNights'], message: WASHOUT_MESSAGE });
    const orders = BALANCED_ORDERS(e.blockCount).map((order) => order.join(''));
    if (e.blockCount % 2 === 0 && !orders.includes(e.blockOrder)) {
      ctx.addIssue({ code: 'custom', path: ['blockOrder'], message: ORDER_MESSAGE });
    }
  });
export type CreateExperimentInput = z.input<typeof createExperimentSchema>;
export type CreateExperimentData = z.output<typeof createExperimentSchema>;

export const experimentIdSchema = z.object({ id: uuidSchema });

export const experimentAdherenceSchema = z.object({
  id: uuidSchema,
  nightOf: calendarDateSchema,
  /** null: forget the correction and read it from the log again */
  adhered: z.boolean({ error: 'Choose whether you kept to the plan' }).nullable(),
});
