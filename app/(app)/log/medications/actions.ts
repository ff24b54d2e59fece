'use server';

import { revalidatePath } from 'next/cache';
import {
  createMedication,
  deleteDose,
  deleteMedication,
  logDose,
  stopMedication,
  updateMedication,
} from '@/db/queries/medications';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { wallTimeToInstant } from '@/lib/nights';
import {
  FUTURE_DOSE_MESSAGE,
  STOP_BEFORE_START_MESSAGE,
  createMedicationSchema,
  deleteByIdSchema,
  isFutureDose,
  logDoseSchema,
  stopMedicationSchema,
  updateMedicationSchema,
} from '@/lib/validation/medications';

const refresh = () => revalidatePath('/log/medications');

export const addMedication = userAction(createMedicationSchema, async (medication, user) => {
  const created = await createMedication({ userId: user.id, medication });
  if (!created) throw notFoundError('That medication');
  refresh();
  return { id: created.id };
});

export const editMedication = userAction(updateMedicationSchema, async (medication, user) => {
  if (!(await updateMedication({ userId: user.id, medication }))) throw notFoundError('That medication');
  refresh();
  return { id: medication.id };
});

export const stopMedicationOn = userAction(stopMedicationSchema, async ({ id, stoppedOn }, user) => {
  const stopped = await stopMedication({ userId: user.id, id, stoppedOn });
  if (!stopped) throw notFoundError('That medication');
  if (stopped === 'stops-before-start') {
    throw new ActionError(STOP_BEFORE_START_MESSAGE, { stoppedOn: [STOP_BEFORE_START_MESSAGE] });
  }
  refresh();
  return { id, stoppedOn };
});

export const removeMedication = userAction(deleteByIdSchema, async ({ id }, user) => {
  if (!(await deleteMedication({ userId: user.id, id }))) throw notFoundError('That medication');
  refresh();
  return { id };
});

/** The time is read on the user's clock and the dose's night worked out here, on the server. */
export const logMedicationDose = userAction(logDoseSchema, async ({ id, medicationId, takenAt, tappedAt, dose }, user) => {
  // The instant of the tap is exact even in the hour a clock change repeats; a typed time is not.
  const instant = tappedAt ?? wallTimeToInstant(takenAt, user.timeZone);
  if (isFutureDose(instant, new Date())) throw new ActionError(FUTURE_DOSE_MESSAGE, { takenAt: [FUTURE_DOSE_MESSAGE] });
  const logged = await logDose({ userId: user.id, timeZone: user.timeZone, dose: { id, medicationId, takenAt: instant, dose } });
  if (logged === 'no-medication') throw notFoundError('That medication');
  if (!logged) throw notFoundError('That dose');
  refresh();
  return { id: logged.id, nightOf: logged.nightOf };
});

export const removeDose = userAction(deleteByIdSchema, async ({ id }, user) => {
  if (!(await deleteDose({ userId: user.id, id }))) throw notFoundError('That dose');
  refresh();
  return { id };
});
