import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicationDoses, medications } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { outcomeOf } from '../testing/outcome';
import {
  createMedication,
  deleteDose,
  deleteMedication,
  getMedication,
  listDoses,
  listMedications,
  listMedicationsBetween,
  listRecentDoses,
  logDose,
  stopMedication,
  updateMedication,
} from './medications';
import { createUser } from './users';

const TZ = 'Europe/Berlin';
const newUser = async () =>
  (await createUser({
    account: { email: `m-${randomUUID()}@example.com`, passwordHash: 'hash', displayName: 'Sam', timeZone: TZ },
  }))!.id;

const med = (over: Partial<Parameters<typeof createMedication>[0]['medication']> = {}) => ({
  id: randomUUID(),
  name: 'Gabapentin',
  dose: '300 mg',
  schedule: 'evening',
  asNeeded: false,
  startedOn: '2025-01-10',
  stoppedOn: null,
  ...over,
});

describe.each(testDatabaseKinds)('medication queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('creates a medication once per client id; another user cannot claim the id', async () => {
    const userId = await newUser();
    const other = await newUser();
    const medication = med();
    await createMedication({ userId, medication });
    const again = await createMedication({ userId, medication: { ...medication, name: 'Changed on retry' } });
    expect(again.name).toBe('Gabapentin');
    expect(await test.handle.db.select().from(medications).where(eq(medications.userId, userId))).toHaveLength(1);
    await expect(createMedication({ userId: other, medication })).rejects.toMatchObject({ notFound: true });
    expect(await listMedications({ userId: other })).toEqual([]);
  });

  it('lists current medications first, with their dose counts', async () => {
    const userId = await newUser();
    const stopped = await createMedication({ userId, medication: med({ name: 'Old', stoppedOn: '2025-02-01' }) });
    const current = await createMedication({ userId, medication: med({ name: 'Iron', startedOn: '2024-06-01' }) });
    await logDose({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: current.id, takenAt: new Date(), dose: '' } });
    const list = await listMedications({ userId });
    expect(list.map((m) => [m.name, m.doseCount])).toEqual([
      ['Iron', 1],
      ['Old', 0],
    ]);
    expect(list[1]?.id).toBe(stopped.id);
    const between = await listMedicationsBetween({ userId, from: '2025-03-01', to: '2025-03-31' });
    expect(between.map((m) => m.name)).toEqual(['Iron']);
  });

  it('edits and stops only the user’s own, never with a stop before the start', async () => {
    const userId = await newUser();
    const other = await newUser();
    const m = await createMedication({ userId, medication: med() });
    await updateMedication({ userId, medication: { ...med({ id: m.id }), name: 'Gabapentin enacarbil', asNeeded: true } });
    expect(await getMedication({ userId, id: m.id })).toMatchObject({ name: 'Gabapentin enacarbil', asNeeded: true });
    await expect(updateMedication({ userId: other, medication: { ...med({ id: m.id }), name: 'Mine now' } })).rejects.toMatchObject({
      notFound: true,
    });
    await expect(stopMedication({ userId, id: m.id, stoppedOn: '2025-01-09' })).rejects.toMatchObject({
      fieldErrors: { stoppedOn: ['The stop date must be on or after the start date'] },
    });
    // The database refuses it too, whoever writes it.
    await expect(updateMedication({ userId, medication: med({ id: m.id, stoppedOn: '2025-01-01' }) })).rejects.toThrow();
    await expect(stopMedication({ userId: other, id: m.id, stoppedOn: '2025-02-01' })).rejects.toMatchObject({ notFound: true });
    expect((await stopMedication({ userId, id: m.id, stoppedOn: '2025-02-01' })).stoppedOn).toBe('2025-02-01');
    expect(await getMedication({ userId: other, id: m.id })).toBeUndefined();
  });

  it('attributes each dose to its night in the user’s time zone', async () => {
    const userId = await newUser();
    const m = await createMedication({ userId, medication: med() });
    const log = (iso: string) =>
      logDose({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date(iso), dose: '300 mg' } });
    // 01:30 in Berlin on the 4th belongs to the night of the 3rd; 21:00 on the 4th to the 4th.
    expect((await log('2025-03-04T00:30:00Z')).nightOf).toBe('2025-03-03');
    expect((await log('2025-03-04T20:00:00Z')).nightOf).toBe('2025-03-04');
    expect((await log('2025-03-05T10:59:00Z')).nightOf).toBe('2025-03-04');
    const nights = await listDoses({ userId, fromNight: '2025-03-04', toNight: '2025-03-04' });
    expect(nights.map((d) => [d.nightOf, d.medicationName])).toEqual([
      ['2025-03-04', 'Gabapentin'],
      ['2025-03-04', 'Gabapentin'],
    ]);
  });

  it('logs a dose once per client id and only for the user’s own medication', async () => {
    const userId = await newUser();
    const other = await newUser();
    const mine = await createMedication({ userId, medication: med() });
    const theirs = await createMedication({ userId: other, medication: med() });
    const dose = { id: randomUUID(), medicationId: mine.id, takenAt: new Date('2025-03-03T21:00:00Z'), dose: '300 mg' };
    await logDose({ userId, timeZone: TZ, dose });
    await logDose({ userId, timeZone: TZ, dose });
    expect(await listRecentDoses({ userId })).toHaveLength(1);
    await expect(logDose({ userId: other, timeZone: TZ, dose })).rejects.toMatchObject({ notFound: true });
    await expect(
      logDose({ userId, timeZone: TZ, dose: { ...dose, id: randomUUID(), medicationId: theirs.id } }),
    ).rejects.toMatchObject({ notFound: true });
    expect(await listRecentDoses({ userId: other })).toEqual([]);
  });

  it('lists recent doses newest first and deletes only the user’s own', async () => {
    const userId = await newUser();
    const other = await newUser();
    const m = await createMedication({ userId, medication: med({ name: 'Pramipexole', asNeeded: true }) });
    const first = await logDose({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date('2025-03-01T21:00:00Z'), dose: '' } });
    const second = await logDose({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date('2025-03-02T21:00:00Z'), dose: '' } });
    expect((await listRecentDoses({ userId })).map((d) => d.id)).toEqual([second.id, first.id]);
    await expect(deleteDose({ userId: other, id: first.id })).rejects.toMatchObject({ notFound: true });
    await deleteDose({ userId, id: first.id });
    expect((await listRecentDoses({ userId })).map((d) => d.id)).toEqual([second.id]);
  });

  it('deletes a medication with its doses, and only the user’s own', async () => {
    const userId = await newUser();
    const other = await newUser();
    const m = await createMedication({ userId, medication: med() });
    await logDose({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date(), dose: '' } });
    await expect(deleteMedication({ userId: other, id: m.id })).rejects.toMatchObject({ notFound: true });
    await deleteMedication({ userId, id: m.id });
    expect(await listMedications({ userId })).toEqual([]);
    expect(await test.handle.db.select().from(medicationDoses).where(eq(medicationDoses.userId, userId))).toEqual([]);
  });

  it('answers another user’s medication and dose ids exactly as missing ones, and leaves them untouched', async () => {
    const owner = await newUser();
    const other = await newUser();
    const theirs = await createMedication({ userId: owner, medication: med() });
    const dose = await logDose({
      userId: owner,
      timeZone: TZ,
      dose: { id: randomUUID(), medicationId: theirs.id, takenAt: new Date('2025-02-01T21:00:00Z'), dose: '300 mg' },
    });
    const missing = randomUUID();
    const both = async (call: (id: string) => Promise<unknown>) => {
      expect(await outcomeOf(call(theirs.id))).toEqual(await outcomeOf(call(missing)));
    };
    await both((id) => getMedication({ userId: other, id }));
    await both((id) => updateMedication({ userId: other, medication: med({ id, name: 'Taken over' }) }));
    await both((id) => stopMedication({ userId: other, id, stoppedOn: '2025-03-01' }));
    await both((id) => deleteMedication({ userId: other, id }));
    await both((medicationId) =>
      logDose({ userId: other, timeZone: TZ, dose: { id: randomUUID(), medicationId, takenAt: new Date(), dose: '1' } }),
    );
    const doseIds = { theirs: dose.id, missing: randomUUID() };
    expect(await outcomeOf(deleteDose({ userId: other, id: doseIds.theirs }))).toEqual(
      await outcomeOf(deleteDose({ userId: other, id: doseIds.missing })),
    );
    // A create with an id that is already taken elsewhere is refused just as an update of a missing one.
    const ownMed = await createMedication({ userId: other, medication: med() });
    expect(await outcomeOf(createMedication({ userId: other, medication: med({ id: theirs.id }) }))).toEqual(
      await outcomeOf(updateMedication({ userId: other, medication: med({ id: missing }) })),
    );
    expect(
      await outcomeOf(
        logDose({ userId: other, timeZone: TZ, dose: { id: dose.id, medicationId: ownMed.id, takenAt: new Date(), dose: '1' } }),
      ),
    ).toEqual(await outcomeOf(deleteDose({ userId: other, id: doseIds.missing })));

    expect(await getMedication({ userId: owner, id: theirs.id })).toEqual(theirs);
    expect(await test.handle.db.select().from(medicationDoses).where(eq(medicationDoses.id, dose.id))).toEqual([dose]);
  });
});
