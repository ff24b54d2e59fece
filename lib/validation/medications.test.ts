import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  STOP_BEFORE_START_MESSAGE,
  createMedicationSchema,
  isFutureDose,
  logDoseSchema,
  stopMedicationSchema,
  updateMedicationSchema,
} from './medications';
import { fieldErrorsOf } from './field-errors';

const medication = {
  id: randomUUID(),
  name: ' Pramipexole ',
  dose: '0.125 mg',
  schedule: '2 h before bed',
  asNeeded: false,
  startedOn: '2025-01-10',
  stoppedOn: '',
};

describe('medications', () => {
  it('trims text and reads an empty stop date as still taking it', () => {
    const result = createMedicationSchema.safeParse(medication);
    expect(result.success && result.data).toEqual({ ...medication, name: 'Pramipexole', stoppedOn: null });
  });

  it('refuses a stop date before the start date, under the stop date', () => {
    const result = createMedicationSchema.safeParse({ ...medication, stoppedOn: '2025-01-09' });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({ stoppedOn: [STOP_BEFORE_START_MESSAGE] });
    expect(STOP_BEFORE_START_MESSAGE).toBe('The stop date must be on or after the start date');
    expect(updateMedicationSchema.safeParse({ ...medication, stoppedOn: '2025-01-09' }).success).toBe(false);
    expect(createMedicationSchema.safeParse({ ...medication, stoppedOn: '2025-01-10' }).success).toBe(true);
  });

  it('limits text lengths and needs a name and a start date', () => {
    const result = createMedicationSchema.safeParse({
      ...medication,
      name: '  ',
      dose: 'x'.repeat(61),
      schedule: 'x'.repeat(201),
      startedOn: '',
    });
    expect(result.success ? [] : Object.keys(fieldErrorsOf(result.error)).sort()).toEqual([
      'dose',
      'name',
      'schedule',
      'startedOn',
    ]);
  });

  it('needs a client id on create', () => {
    expect(createMedicationSchema.safeParse({ ...medication, id: 'abc' }).success).toBe(false);
  });

  it('stops on a real date only', () => {
    expect(stopMedicationSchema.safeParse({ id: randomUUID(), stoppedOn: '2025-13-01' }).success).toBe(false);
  });
});

describe('doses', () => {
  it('needs a medication and a wall-clock time', () => {
    const result = logDoseSchema.safeParse({ id: randomUUID(), medicationId: '', takenAt: '', dose: '' });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({
      medicationId: ['Choose a medication'],
      takenAt: ['Enter a date and time'],
    });
    const ok = logDoseSchema.safeParse({ id: randomUUID(), medicationId: randomUUID(), takenAt: '2025-03-03T22:10' });
    expect(ok.success && ok.data.dose).toBe('');
  });

  it('carries the instant of a tap, read as now when the device clock runs ahead', () => {
    // 01:30 UTC on 2025-10-26 is the second 02:30 in Berlin: only the instant tells the two apart.
    const tap = logDoseSchema.parse({ id: randomUUID(), medicationId: randomUUID(), takenAt: '2025-10-26T02:30', tappedAt: '2025-10-26T01:30:00Z' });
    expect(tap.tappedAt).toEqual(new Date('2025-10-26T01:30:00Z'));
    const ahead = logDoseSchema.parse({
      id: randomUUID(),
      medicationId: randomUUID(),
      takenAt: '2025-10-26T02:30',
      tappedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(ahead.tappedAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a dose in the future, allowing a few minutes of clock drift', () => {
    const now = new Date('2025-03-03T22:00:00Z');
    expect(isFutureDose(new Date('2025-03-03T22:04:00Z'), now)).toBe(false);
    expect(isFutureDose(new Date('2025-03-03T22:06:00Z'), now)).toBe(true);
    expect(isFutureDose(new Date('2025-03-02T22:00:00Z'), now)).toBe(false);
  });
});
