import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FACTORS, type DailyFactorsValues } from '@/lib/factors/form-data';
import { customFactors, customFactorValues, dailyFactors } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { outcomeOf } from '../testing/outcome';
import {
  archiveCustomFactor,
  getDailyFactors,
  getFactorsFormData,
  listCustomFactors,
  listDailyFactors,
  saveCustomFactor,
  saveDailyFactors,
} from './factors';
import { createUser } from './users';

const newUser = async () =>
  (await createUser({
    account: { email: `f-${randomUUID()}@example.com`, passwordHash: 'hash', displayName: 'Sam', timeZone: 'Europe/Berlin' },
  }))!.id;

const factors = (values: Partial<DailyFactorsValues>): DailyFactorsValues => ({ ...EMPTY_FACTORS, ...values });

describe.each(testDatabaseKinds)('daily factor queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const rowsOf = (userId: string) => test.handle.db.select().from(dailyFactors).where(eq(dailyFactors.userId, userId));

  it('edits a day in place: one row per day, empty fields stored as null', async () => {
    const userId = await newUser();
    await saveDailyFactors({ userId, day: '2025-03-03', factors: factors({ caffeineServings: 2, lastCaffeineAt: '14:30', stress: 5 }) });
    await saveDailyFactors({
      userId,
      day: '2025-03-03',
      factors: factors({ caffeineServings: 0, alcoholDrinks: 1, exerciseMinutes: 30, exerciseIntensity: 'light', ironSupplement: true }),
    });
    const rows = await rowsOf(userId);
    expect(rows).toHaveLength(1);
    expect(await getDailyFactors({ userId, day: '2025-03-03' })).toMatchObject({
      day: '2025-03-03',
      caffeineServings: 0,
      lastCaffeineAt: null,
      alcoholDrinks: 1,
      exerciseMinutes: 30,
      exerciseIntensity: 'light',
      exerciseTimeOfDay: null,
      stress: null,
      ironSupplement: true,
    });
    expect(await getDailyFactors({ userId, day: '2025-03-04' })).toBeUndefined();
  });

  it('lists days in a range, oldest first', async () => {
    const userId = await newUser();
    for (const day of ['2025-03-05', '2025-03-01', '2025-03-03']) {
      await saveDailyFactors({ userId, day, factors: factors({ stress: 1 }) });
    }
    const days = (await listDailyFactors({ userId, from: '2025-03-02', to: '2025-03-05' })).map((d) => d.day);
    expect(days).toEqual(['2025-03-03', '2025-03-05']);
  });

  it('suggests a new day from the latest earlier day’s habits, never its alcohol or stress', async () => {
    const userId = await newUser();
    await saveDailyFactors({
      userId,
      day: '2025-03-01',
      factors: factors({ caffeineServings: 3, lastCaffeineAt: '16:00', alcoholDrinks: 2, stress: 9, ironSupplement: true }),
    });
    await saveDailyFactors({ userId, day: '2025-03-09', factors: factors({ caffeineServings: 7 }) });

    const fresh = await getFactorsFormData({ userId, day: '2025-03-03' });
    expect(fresh.saved).toBe(false);
    expect(fresh.suggestion).toEqual({ fromDay: '2025-03-01', fields: ['caffeineServings', 'lastCaffeineAt', 'ironSupplement'] });
    expect(fresh.values).toEqual(factors({ caffeineServings: 3, lastCaffeineAt: '16:00', ironSupplement: true }));

    const saved = await getFactorsFormData({ userId, day: '2025-03-01' });
    expect(saved).toMatchObject({ saved: true, suggestion: null, values: { alcoholDrinks: 2, stress: 9 } });

    // Too long after the last saved day to guess.
    const later = await getFactorsFormData({ userId, day: '2025-03-20' });
    expect(later).toMatchObject({ saved: false, suggestion: null, values: EMPTY_FACTORS });
  });

  it('creates custom factors once per client id, refuses duplicate names and strangers’ ids', async () => {
    const userId = await newUser();
    const other = await newUser();
    const factor = { id: randomUUID(), name: 'Magnesium', kind: 'boolean' as const, unit: '' };
    await saveCustomFactor({ userId, factor });
    await saveCustomFactor({ userId, factor });
    expect(await listCustomFactors({ userId })).toEqual([{ ...factor, archived: false }]);

    await expect(saveCustomFactor({ userId: other, factor })).rejects.toMatchObject({ notFound: true });
    await expect(
      saveCustomFactor({ userId, factor: { ...factor, id: randomUUID(), name: 'magnesium' } }),
    ).rejects.toMatchObject({ fieldErrors: { name: [expect.stringContaining('already track')] } });
    expect(await listCustomFactors({ userId: other })).toEqual([]);
  });

  it('stores one of several concurrent creates whose names differ only in case; the others get the field error', async () => {
    const userId = await newUser();
    const results = await Promise.allSettled(
      ['Hot bath', 'HOT BATH', 'hot bath', 'Hot Bath'].map((name) => saveCustomFactor({ userId, factor: { id: randomUUID(), name, kind: 'boolean', unit: '' } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === 'rejected')) {
      expect(refused.reason).toMatchObject({ fieldErrors: { name: [expect.stringContaining('already track')] } });
    }
    expect(await listCustomFactors({ userId })).toHaveLength(1);
    // The database itself refuses the duplicate, whatever the code checks first.
    await expect(
      test.handle.db.insert(customFactors).values({ id: randomUUID(), userId, name: 'hot Bath', kind: 'number' }),
    ).rejects.toThrow();
  });

  it('lets an archived factor’s name be used again, and refuses restoring it beside the new one', async () => {
    const userId = await newUser();
    const old = await saveCustomFactor({ userId, factor: { id: randomUUID(), name: 'Magnesium', kind: 'boolean', unit: '' } });
    await archiveCustomFactor({ userId, id: old.id });
    const fresh = await saveCustomFactor({ userId, factor: { id: randomUUID(), name: 'magnesium', kind: 'number', unit: 'mg' } });
    await expect(archiveCustomFactor({ userId, id: old.id, archived: false })).rejects.toMatchObject({
      message: expect.stringContaining('already track a factor with this name'),
    });
    expect((await listCustomFactors({ userId })).map((f) => [f.id, f.archived])).toEqual([
      [fresh.id, false],
      [old.id, true],
    ]);
  });

  it('saves custom values with the day, clears them with null, and hides archived factors from the form', async () => {
    const userId = await newUser();
    const screen = await saveCustomFactor({ userId, factor: { id: randomUUID(), name: 'Screen time', kind: 'number', unit: 'h' } });
    const bath = await saveCustomFactor({ userId, factor: { id: randomUUID(), name: 'Hot bath', kind: 'boolean', unit: '' } });
    await saveDailyFactors({
      userId,
      day: '2025-03-03',
      factors: factors({ stress: 2 }),
      customValues: { [screen.id]: 2.5, [bath.id]: 1 },
    });
    expect((await getFactorsFormData({ userId, day: '2025-03-03' })).customValues).toEqual({ [screen.id]: 2.5, [bath.id]: 1 });

    await saveDailyFactors({ userId, day: '2025-03-03', factors: factors({ stress: 2 }), customValues: { [screen.id]: 3, [bath.id]: null } });
    expect((await getFactorsFormData({ userId, day: '2025-03-03' })).customValues).toEqual({ [screen.id]: 3 });

    await archiveCustomFactor({ userId, id: screen.id });
    const data = await getFactorsFormData({ userId, day: '2025-03-03' });
    expect(data.customFactors.map((f) => f.name)).toEqual(['Hot bath']);
    expect(data.customValues).toEqual({});
    expect((await listCustomFactors({ userId })).map((f) => [f.name, f.archived])).toEqual([
      ['Hot bath', false],
      ['Screen time', true],
    ]);
    await archiveCustomFactor({ userId, id: screen.id, archived: false });
    expect((await getFactorsFormData({ userId, day: '2025-03-03' })).customValues).toEqual({ [screen.id]: 3 });
  });

  it('rolls the whole save back when a custom value names another user’s factor', async () => {
    const userId = await newUser();
    const other = await newUser();
    const mine = await saveCustomFactor({ userId, factor: { id: randomUUID(), name: 'Nap', kind: 'boolean', unit: '' } });
    const theirs = await saveCustomFactor({ userId: other, factor: { id: randomUUID(), name: 'Nap', kind: 'scale', unit: '' } });
    await saveDailyFactors({ userId, day: '2025-03-03', factors: factors({ stress: 3 }), customValues: { [mine.id]: 0 } });

    await expect(
      saveDailyFactors({
        userId,
        day: '2025-03-03',
        factors: factors({ stress: 7, alcoholDrinks: 4 }),
        customValues: { [mine.id]: 1, [theirs.id]: 5 },
      }),
    ).rejects.toMatchObject({ notFound: true });
    expect(await getDailyFactors({ userId, day: '2025-03-03' })).toMatchObject({ stress: 3, alcoholDrinks: null });
    expect((await getFactorsFormData({ userId, day: '2025-03-03' })).customValues).toEqual({ [mine.id]: 0 });

    // A new day is not created either, and the other user's existing value is left alone.
    await saveDailyFactors({ userId: other, day: '2025-03-04', factors: factors({}), customValues: { [theirs.id]: 6 } });
    await expect(
      saveDailyFactors({ userId, day: '2025-03-04', factors: factors({ stress: 1 }), customValues: { [theirs.id]: 9 } }),
    ).rejects.toMatchObject({ notFound: true });
    expect(await getDailyFactors({ userId, day: '2025-03-04' })).toBeUndefined();
    const [theirValue] = await test.handle.db
      .select()
      .from(customFactorValues)
      .where(and(eq(customFactorValues.factorId, theirs.id), eq(customFactorValues.day, '2025-03-04')));
    expect(theirValue).toMatchObject({ userId: other, value: 6 });
  });

  it('refuses out-of-range values in the database itself', async () => {
    const userId = await newUser();
    await expect(saveDailyFactors({ userId, day: '2025-03-03', factors: factors({ stress: 11 }) })).rejects.toThrow();
    await expect(saveDailyFactors({ userId, day: '2025-03-03', factors: factors({ caffeineServings: -1 }) })).rejects.toThrow();
    await expect(
      test.handle.db.insert(customFactors).values({ id: randomUUID(), userId, name: 'Odd', kind: 'colour' }),
    ).rejects.toThrow();
    expect(await rowsOf(userId)).toHaveLength(0);
  });

  it('keeps every user to their own factors', async () => {
    const userId = await newUser();
    const other = await newUser();
    const factor = await saveCustomFactor({ userId, factor: { id: randomUUID(), name: 'Walk', kind: 'number', unit: 'km' } });
    await saveDailyFactors({ userId, day: '2025-03-03', factors: factors({ stress: 4 }), customValues: { [factor.id]: 2 } });
    expect(await getDailyFactors({ userId: other, day: '2025-03-03' })).toBeUndefined();
    const theirView = await getFactorsFormData({ userId: other, day: '2025-03-03' });
    expect(theirView).toMatchObject({ saved: false, customFactors: [], customValues: {} });
    await expect(archiveCustomFactor({ userId: other, id: factor.id })).rejects.toMatchObject({ notFound: true });
    expect((await listCustomFactors({ userId }))[0]?.archived).toBe(false);
  });

  it('answers another user’s factor id exactly as a missing one, and leaves it untouched', async () => {
    const owner = await newUser();
    const other = await newUser();
    const theirs = await saveCustomFactor({ userId: owner, factor: { id: randomUUID(), name: 'Screen time', kind: 'number', unit: 'h' } });
    await saveDailyFactors({ userId: owner, day: '2025-03-03', factors: factors({}), customValues: { [theirs.id]: 4 } });
    const missing = randomUUID();
    const both = async (call: (id: string) => Promise<unknown>) => {
      expect(await outcomeOf(call(theirs.id))).toEqual(await outcomeOf(call(missing)));
    };
    await both((id) => archiveCustomFactor({ userId: other, id }));
    await both((id) => saveDailyFactors({ userId: other, day: '2025-03-03', factors: factors({}), customValues: { [id]: 9 } }));
    await both((id) => saveDailyFactors({ userId: other, day: '2025-03-04', factors: factors({}), customValues: { [id]: null } }));
    expect(await outcomeOf(saveCustomFactor({ userId: other, factor: { id: theirs.id, name: 'Mine', kind: 'number', unit: '' } }))).toEqual(
      await outcomeOf(archiveCustomFactor({ userId: other, id: missing })),
    );
    expect(await listCustomFactors({ userId: other })).toEqual([]);
    expect(await listCustomFactors({ userId: owner })).toMatchObject([{ id: theirs.id, name: 'Screen time', archived: false }]);
    expect((await getFactorsFormData({ userId: owner, day: '2025-03-03' })).customValues).toEqual({ [theirs.id]: 4 });
  });
});
