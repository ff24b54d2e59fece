import './zod-config';
import { z } from 'zod';
import { calendarDateSchema, clientIdSchema, shortTextSchema, tappedAtSchema, uuidSchema, wallTimeSchema } from './common';
import { isBlank, optionalText } from './form-input';

export { FUTURE_DOSE_MESSAGE, isFutureDose } from '../medications/dose-time';

export const STOP_BEFORE_START_MESSAGE = 'The stop date must be on or after the start date';

const medicationFields = {
  name: shortTextSchema('the medication name', 100),
  dose: optionalText(60),
  schedule: optionalText(200),
  asNeeded: z.boolean({ error: 'Choose whether it is taken as needed' }).default(false),
  startedOn: calendarDateSchema,
  stoppedOn: z.preprocess((v) => (isBlank(v) ? null : v), calendarDateSchema.nullable()),
};

const stopAfterStart = (m: { startedOn: string; stoppedOn: string | null }) => !m.stoppedOn || m.stoppedOn >= m.startedOn;
const stopIssue = { path: ['stoppedOn'], message: STOP_BEFORE_START_MESSAGE };

export const createMedicationSchema = z
  .object({ id: clientIdSchema, ...medicationFields })
  .refine(stopAfterStart, stopIssue);
export const updateMedicationSchema = z
  .object({ id: uuidSchema, ...medicationFields })
  .refine(stopAfterStart, stopIssue);
export type MedicationInput = z.input<typeof createMedicationSchema>;
export type MedicationData = z.output<typeof createMedicationSchema>;

export const stopMedicationSchema = z.object({ id: uuidSchema, stoppedOn: calendarDateSchema });
export const deleteByIdSchema = z.object({ id: uuidSchema });

export const logDoseSchema = z.object({
  id: clientIdSchema,
  medicationId: z.uuid({ error: 'Choose a medication' }),
  takenAt: wallTimeSchema,
  /** The device's clock at the tap, sent when the time was left alone: it wins over `takenAt`. */
  tappedAt: tappedAtSchema.optional(),
  dose: optionalText(60),
});
export type LogDoseInput = z.input<typeof logDoseSchema>;

