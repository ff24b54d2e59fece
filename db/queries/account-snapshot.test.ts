import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot, SNAPSHOT_TABLES, snapshotCounts, type AccountSnapshot } from '@/lib/account/snapshot';
import { demoExperiments, demoRoutineOn } from '@/lib/demo/experiments';
import { generateDemoData } from '@/lib/demo/generate';
import { demoSnapshot } from '@/lib/demo/snapshot';
import { ActionError } from '@/lib/errors';
import { addDays } from '@/lib/nights';
import { seedDemoAccount } from '../seed';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { accountHasData, exportAccount, importAccount } from './account-snapshot';
import { listNightRecords } from './night-records';
import { createUser, deleteUser } from './users';

const TODAY = '2026-03-20';
const EXPORTED_AT = new Date('2026-03-20T12:00:00Z');

async function newAccount(timeZone = 'UTC'): Promise<string> {
  const user = await createUser({
    account: { email: `${randomUUID()}@example.test`, passwordHash: 'not-a-hash', displayName: 'New', timeZone },
  });
  return user!.id;
}

const exported = async (userId: string) => (await exportAccount({ userId, now: EXPORTED_AT }))!;
/** Through JSON and back, as a downloaded file is. */
const viaFile = (snapshot: AccountSnapshot) => {
  const parsed = parseSnapshot(JSON.parse(JSON.stringify(snapshot)));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.snapshot;
};

function generated(seed: number, nights: number, timeZone: string): AccountSnapshot {
  const today = addDays(TODAY, seed % 30);
  const plans = demoExperiments(today, randomUUID);
  const data = generateDemoData({ today, timeZone, seed, nights, newId: randomUUID, routineOn: demoRoutineOn(plans) });
  return demoSnapshot({ data, experiments: plans, displayName: 'Generated', newId: randomUUID, exportedAt: EXPORTED_AT });
}

describe.each(testDatabaseKinds)('account snapshot on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('the demo account exported, deleted and imported into a new account is identical, table by table', async () => {
    const demo = await seedDemoAccount({ today: TODAY, nights: 60 });
    const before = await exported(demo.userId);
    expect(before.tables.episodes.length).toBeGreaterThan(10);
    expect(before.tables.experiments.length).toBe(2);
    await deleteUser({ userId: demo.userId });

    const fresh = await newAccount();
    const result = await importAccount({ userId: fresh, snapshot: viaFile(before) });
    expect(Object.values(result.skipped).every((n) => n === 0)).toBe(true);
    const after = await exported(fresh);
    for (const table of SNAPSHOT_TABLES) {
      // Catalog stretches are the new account's own copies: the same in all but their id.
      const strip = (rows: Record<string, unknown>[]) =>
        table === 'stretches' ? rows.map(({ id: _, createdAt: __, ...r }) => r).sort((a, b) => String(a.name).localeCompare(String(b.name))) : rows;
      if (table === 'stretches' || table === 'routineSteps' || table === 'stretchSessions') continue;
      expect(strip(after.tables[table]), table).toEqual(strip(before.tables[table]));
    }
    expect(after.account).toEqual(before.account);
    // Steps and sessions point at the new account's copy of the same catalog stretch.
    const keyOf = (s: AccountSnapshot) => new Map(s.tables.stretches.map((r) => [r.id, r.builtinKey ?? r.name]));
    const withStretchKey = (s: AccountSnapshot, rows: { id?: string; stretchId?: string | null }[]) =>
      rows.map(({ stretchId, ...r }) => ({ ...r, stretch: stretchId ? keyOf(s).get(stretchId) : null }));
    expect(withStretchKey(after, after.tables.routineSteps)).toEqual(withStretchKey(before, before.tables.routineSteps));
    expect(withStretchKey(after, after.tables.stretchSessions)).toEqual(withStretchKey(before, before.tables.stretchSessions));
  });

  it('ids another account uses are remapped, and every reference follows them: both Histories match', async () => {
    const source = await newAccount('America/New_York');
    await importAccount({ userId: source, snapshot: generated(7, 40, 'America/New_York') });
    const snapshot = viaFile(await exported(source));
    const copy = await newAccount();
    const result = await importAccount({ userId: copy, snapshot });
    expect(result.imported.episodes).toBe(snapshot.tables.episodes.length);
    const again = await exported(copy);
    expect(again.account.timeZone).toBe('America/New_York');
    const ids = new Set(snapshot.tables.episodes.map((e) => e.id));
    expect(again.tables.episodes.some((e) => ids.has(e.id))).toBe(false);
    expect(again.tables.experiments[0]!.conditionA).toBe(`routine:${again.tables.routines[0]!.id}`);
    const period = { from: addDays(TODAY, -60), to: addDays(TODAY, 40) };
    const summaries = async (userId: string) => listNightRecords({ userId, timeZone: 'America/New_York', ...period });
    // The same nights, the routine done on them named by its new id.
    const sourceNights = JSON.stringify(await summaries(source)).replaceAll(snapshot.tables.routines[0]!.id, again.tables.routines[0]!.id);
    expect(JSON.parse(sourceNights)).toEqual(await summaries(copy));
  });

  it('refuses a non-empty account unless merging, and a merge skips and counts what is there', async () => {
    const userId = await newAccount();
    const snapshot = generated(11, 20, 'UTC');
    await importAccount({ userId, snapshot });
    const before = await exported(userId);
    await expect(importAccount({ userId, snapshot })).rejects.toThrow(/already has data/);
    const merged = await importAccount({ userId, snapshot, mode: 'merge' });
    const counts = snapshotCounts(snapshot);
    for (const table of SNAPSHOT_TABLES) {
      if (table === 'stretches') continue;
      expect(merged.imported[table], table).toBe(0);
      expect(merged.skipped[table], table).toBe(counts[table]);
    }
    expect(await exported(userId)).toEqual(before);
  });

  it('property: any generated account survives export → import unchanged', async () => {
    const zones = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 25 }), fc.constantFrom(...zones), async (seed, nights, zone) => {
        const first = await newAccount();
        await importAccount({ userId: first, snapshot: viaFile(generated(seed, nights, zone)) });
        const once = await exported(first);
        await deleteUser({ userId: first });
        const second = await newAccount();
        await importAccount({ userId: second, snapshot: viaFile(once) });
        const twice = await exported(second);
        await deleteUser({ userId: second });
        const noCatalogIds = (s: AccountSnapshot) => {
          const key = new Map(s.tables.stretches.map((r) => [r.id, r.builtinKey!]));
          const named = JSON.parse(JSON.stringify(s, (k, v) => (typeof v === 'string' && key.has(v) ? `stretch:${key.get(v)}` : v)));
          named.tables.stretches.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
          return named;
        };
        expect(noCatalogIds(twice)).toEqual(noCatalogIds(once));
      }),
      { numRuns: 6 },
    );
  });

  it('every refused import leaves the account as it was', async () => {
    const userId = await newAccount();
    await importAccount({ userId, snapshot: generated(3, 15, 'UTC') });
    const before = await exported(userId);
    const base = JSON.parse(JSON.stringify(generated(5, 15, 'UTC')));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file broken on purpose has no type
    const broken: [string, (s: any) => void][] = [
      ['a severity of 12', (s) => (s.tables.episodes[0].severity = 12)],
      ['a dose of a medication not in the file', (s) => (s.tables.medicationDoses[0].medicationId = randomUUID())],
      ['a night that is not a date', (s) => (s.tables.nightCheckins[0].nightOf = '2026-02-30')],
      ['a newer version', (s) => (s.version = 2)],
      ['no tables', (s) => delete s.tables],
    ];
    for (const [what, breakIt] of broken) {
      const file = structuredClone(base);
      breakIt(file);
      const parsed = parseSnapshot(file);
      if (parsed.ok) {
        await expect(importAccount({ userId, snapshot: parsed.snapshot, mode: 'merge' }), what).rejects.toBeInstanceOf(ActionError);
      }
      expect(await exported(userId), what).toEqual(before);
    }
    // An account that only has the stretch catalog counts as empty.
    const fresh = await newAccount();
    expect(await accountHasData({ userId: fresh })).toBe(false);
    expect(await accountHasData({ userId })).toBe(true);
  });
});
