import './zod-config';
import { z } from 'zod';
import { calendarDateSchema, clientIdSchema } from './common';
import { wholeNumber } from './form-input';

export const IRLS_TOTAL_MESSAGE = 'Enter the total as a whole number from 0 to 40';

export const irlsTotalSchema = wholeNumber({ min: 0, max: 40, message: IRLS_TOTAL_MESSAGE });

export const saveIrlsScoreSchema = z.object({
  id: clientIdSchema,
  scoredOn: calendarDateSchema,
  total: irlsTotalSchema,
});
export type IrlsScoreInput = z.input<typeof saveIrlsScoreSchema>;
