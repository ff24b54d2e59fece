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

async function mustCreate(args: Parameters<typeof createMedication>[0]) {
  const created = await createMedication(args);
  if (!created) throw new Error('medication not created');
  return created;
}

async function mustLog(args: Parameters<typeof logDose>[0]) {
  const logged = await logDose(args);
  if (!logged || logged === 'no-medication') throw new Error('dose not logged');
  return logged;
}

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
    const again = await mustCreate({ userId, medication: { ...medication, name: 'Changed on retry' } });
    expect(again.name).toBe('Gabapentin');
    expect(await test.handle.db.select().from(medications).where(eq(medications.userId, userId))).toHaveLength(1);
    expect(await createMedication({ userId: other, medication })).toBeUndefined();
    expect(await listMedications({ userId: other })).toEqual([]);
  });

  it('lists current medications first, with their dose counts', async () => {
    const userId = await newUser();
    const stopped = await mustCreate({ userId, medication: med({ name: 'Old', stoppedOn: '2025-02-01' }) });
    const current = await mustCreate({ userId, medication: med({ name: 'Iron', startedOn: '2024-06-01' }) });
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
    const m = await mustCreate({ userId, medication: med() });
    await updateMedication({ userId, medication: { ...med({ id: m.id }), name: 'Gabapentin enacarbil', asNeeded: true } });
    expect(await getMedication({ userId, id: m.id })).toMatchObject({ name: 'Gabapentin enacarbil', asNeeded: true });
    expect(await updateMedication({ userId: other, medication: { ...med({ id: m.id }), name: 'Mine now' } })).toBeUndefined();
    expect(await stopMedication({ userId, id: m.id, stoppedOn: '2025-01-09' })).toBe('stops-before-start');
    // The database refuses it too, whoever writes it.
    await expect(updateMedication({ userId, medication: med({ id: m.id, stoppedOn: '2025-01-01' }) })).rejects.toThrow();
    expect(await stopMedication({ userId: other, id: m.id, stoppedOn: '2025-02-01' })).toBeUndefined();
    expect(await stopMedication({ userId, id: m.id, stoppedOn: '2025-02-01' })).toMatchObject({ stoppedOn: '2025-02-01' });
    expect(await getMedication({ userId: other, id: m.id })).toBeUndefined();
  });

  it('attributes each dose to its night in the user’s time zone', async () => {
    const userId = await newUser();
    const m = await mustCreate({ userId, medication: med() });
    const log = (iso: string) =>
      mustLog({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date(iso), dose: '300 mg' } });
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
    const mine = await mustCreate({ userId, medication: med() });
    const theirs = await mustCreate({ userId: other, medication: med() });
    const dose = { id: randomUUID(), medicationId: mine.id, takenAt: new Date('2025-03-03T21:00:00Z'), dose: '300 mg' };
    await logDose({ userId, timeZone: TZ, dose });
    await logDose({ userId, timeZone: TZ, dose });
    expect(await listRecentDoses({ userId })).toHaveLength(1);
    expect(await logDose({ userId: other, timeZone: TZ, dose })).toBeUndefined();
    expect(await logDose({ userId, timeZone: TZ, dose: { ...dose, id: randomUUID(), medicationId: theirs.id } })).toBe('no-medication');
    expect(await listRecentDoses({ userId: other })).toEqual([]);
  });

  it('lists recent doses newest first and deletes only the user’s own', async () => {
    const userId = await newUser();
    const other = await newUser();
    const m = await mustCreate({ userId, medication: med({ name: 'Pramipexole', asNeeded: true }) });
    const first = await mustLog({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date('2025-03-01T21:00:00Z'), dose: '' } });
    const second = await mustLog({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date('2025-03-02T21:00:00Z'), dose: '' } });
    expect((await listRecentDoses({ userId })).map((d) => d.id)).toEqual([second.id, first.id]);
    expect(await deleteDose({ userId: other, id: first.id })).toBe(false);
    await deleteDose({ userId, id: first.id });
    expect((await listRecentDoses({ userId })).map((d) => d.id)).toEqual([second.id]);
  });

  it('deletes a medication with its doses, and only the user’s own', async () => {
    const userId = await newUser();
    const other = await newUser();
    const m = await mustCreate({ userId, medication: med() });
    await logDose({ userId, timeZone: TZ, dose: { id: randomUUID(), medicationId: m.id, takenAt: new Date(), dose: '' } });
    expect(await deleteMedication({ userId: other, id: m.id })).toBe(false);
    await deleteMedication({ userId, id: m.id });
    expect(await listMedications({ userId })).toEqual([]);
    expect(await test.handle.db.select().from(medicationDoses).where(eq(medicationDoses.userId, userId))).toEqual([]);
  });

  it('answers another user’s medication and dose ids exactly as missing ones, and leaves them untouched', async () => {
    const owner = await newUser();
    const other = await newUser();
    const theirs = await mustCreate({ userId: owner, medication: med() });
    const dose = await mustLog({
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
    // A create with an id already taken in another account is refused as "not found", like an edit of a missing one.
    const ownMed = await mustCreate({ userId: other, medication: med() });
    expect(await createMedication({ userId: other, medication: med({ id: theirs.id }) })).toBeUndefined();
    expect(
      await logDose({ userId: other, timeZone: TZ, dose: { id: dose.id, medicationId: ownMed.id, takenAt: new Date(), dose: '1' } }),
    ).toBeUndefined();

    expect(await getMedication({ userId: owner, id: theirs.id })).toEqual(theirs);
    expect(await test.handle.db.select().from(medicationDoses).where(eq(medicationDoses.id, dose.id))).toEqual([dose]);
  });
});
