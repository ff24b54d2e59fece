import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_TABLES,
  SNAPSHOT_VERSION,
  type AccountSnapshot,
  type SnapshotTable,
  type SnapshotTables,
} from '@/lib/account/snapshot';
import { ActionError } from '@/lib/errors';
import { getDb, type Db } from '../client';
import * as schema from '../schema';
import { sqlStateOf } from './pg-errors';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Row = Record<string, unknown>;

const TABLES: Record<SnapshotTable, PgTable> = {
  stretches: schema.stretches,
  routines: schema.routines,
  routineSteps: schema.routineSteps,
  customFactors: schema.customFactors,
  medications: schema.medications,
  experiments: schema.experiments,
  nightCheckins: schema.nightCheckins,
  episodes: schema.episodes,
  stretchSessions: schema.stretchSessions,
  dailyFactors: schema.dailyFactors,
  customFactorValues: schema.customFactorValues,
  medicationDoses: schema.medicationDoses,
  irlsScores: schema.irlsScores,
  experimentPauses: schema.experimentPauses,
  experimentAdherence: schema.experimentAdherence,
};

/** Columns that hold another row's id, per table: rewritten when that row's id is remapped. */
const REFERENCES: Partial<Record<SnapshotTable, Record<string, SnapshotTable>>> = {
  routineSteps: { routineId: 'routines', stretchId: 'stretches' },
  stretchSessions: { routineId: 'routines', stretchId: 'stretches' },
  customFactorValues: { factorId: 'customFactors' },
  medicationDoses: { medicationId: 'medications' },
  experimentPauses: { experimentId: 'experiments' },
  experimentAdherence: { experimentId: 'experiments' },
};

const columnOf = (table: PgTable, key: string) => (table as unknown as Record<string, PgColumn>)[key]!;
const userIdOf = (table: PgTable) => columnOf(table, 'userId');
const hasId = (table: PgTable) => getTableConfig(table).columns.some((c) => c.name === 'id' && c.primary);

/** A stable order (the primary key), so two exports of the same data are equal. */
function primaryKeyOf(table: PgTable): PgColumn[] {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0]?.columns;
  return composite ?? config.columns.filter((c) => c.primary);
}

const withoutUser = ({ userId: _, ...row }: Row) => row;

/** Everything the account holds, as one snapshot; undefined for an unknown user. */
export async function exportAccount({ userId, now = new Date() }: { userId: string; now?: Date }): Promise<AccountSnapshot | undefined> {
  const db = await getDb();
  const [user] = await db
    .select({ displayName: schema.users.displayName, timeZone: schema.users.timeZone })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  if (!user) return undefined;
  const [profile] = await db.select().from(schema.reportProfiles).where(eq(schema.reportProfiles.userId, userId));
  const tables = {} as Record<SnapshotTable, Row[]>;
  for (const name of SNAPSHOT_TABLES) {
    const table = TABLES[name];
    const rows = (await db
      .select()
      .from(table)
      .where(eq(userIdOf(table), userId))
      .orderBy(...primaryKeyOf(table).map((c) => asc(c)))) as Row[];
    tables[name] = rows.map(withoutUser);
  }
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: now,
    account: user,
    reportProfile: profile ? (withoutUser(profile) as AccountSnapshot['reportProfile']) : null,
    tables: tables as unknown as SnapshotTables,
  };
}

/** Whether the account holds anything of its own (the stretch catalog every account starts with does not count). */
export async function accountHasData({ userId }: { userId: string }): Promise<boolean> {
  const db = await getDb();
  for (const name of SNAPSHOT_TABLES) {
    const table = TABLES[name];
    const own = name === 'stretches' ? and(eq(userIdOf(table), userId), isNull(schema.stretches.builtinKey)) : eq(userIdOf(table), userId);
    const [row] = await db.select({ one: sql`1` }).from(table).where(own).limit(1);
    if (row) return true;
  }
  return false;
}

export type ImportMode = 'empty' | 'merge';
export type ImportResult = { imported: Record<SnapshotTable, number>; skipped: Record<SnapshotTable, number> };

const CHUNK = 500;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * Loads a snapshot into the account in one transaction: all of it or, on any refusal, nothing.
 * Ids are kept unless another account already uses them (then every reference follows the new
 * id); the built-in stretches map onto the account's own copies. `empty` refuses an account with
 * data; `merge` skips rows already there (by id or by their natural key) and counts them.
 */
export async function importAccount({
  userId,
  snapshot,
  mode = 'empty',
}: {
  userId: string;
  snapshot: AccountSnapshot;
  mode?: ImportMode;
}): Promise<ImportResult> {
  if (mode === 'empty' && (await accountHasData({ userId }))) {
    throw new ActionError('This account already has data. Choose “Add to my data” to import only what is missing.');
  }
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      if (mode === 'empty') {
        await tx
          .update(schema.users)
          .set({ displayName: snapshot.account.displayName, timeZone: snapshot.account.timeZone })
          .where(eq(schema.users.id, userId));
      }
      if (snapshot.reportProfile) {
        await tx
          .insert(schema.reportProfiles)
          .values({ ...snapshot.reportProfile, userId })
          .onConflictDoNothing();
      }
      return importTables(tx, userId, snapshot.tables);
    });
  } catch (e) {
    if (e instanceof ActionError) throw e;
    // A row that breaks a rule of the database (a severity of 12, a dose of a medication not in the file).
    const state = sqlStateOf(e);
    if (state?.startsWith('22') || state?.startsWith('23')) {
      throw new ActionError('This export holds a value the app does not accept, or a row that points at nothing. Nothing was imported.');
    }
    throw e;
  }
}

async function importTables(tx: Tx, userId: string, tables: SnapshotTables): Promise<ImportResult> {
  const imported = {} as Record<SnapshotTable, number>;
  const skipped = {} as Record<SnapshotTable, number>;
  /** Old id → the id the row has in this account, per table (absent: kept as it is). */
  const idMap = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, new Map<string, string>()])) as Record<SnapshotTable, Map<string, string>>;
  /** Rows whose parent is not in the account after all (skipped): they are skipped too. */
  const missing = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, new Set<string>()])) as Record<SnapshotTable, Set<string>>;

  await mapBuiltinStretches(tx, userId, tables.stretches, idMap.stretches);

  for (const name of SNAPSHOT_TABLES) {
    const table = TABLES[name];
    // Rows whose parent was skipped and is not in the account are skipped with it.
    let candidates = (tables[name] as Row[]).map((row) => rewriteReferences(name, row, idMap, missing)).filter((r): r is Row => r !== null);
    if (name === 'stretches') candidates = candidates.filter((r) => !idMap.stretches.has(r.id as string));
    if (hasId(table)) candidates = await remapTakenIds(tx, table, userId, candidates, idMap[name]);

    let inserted: Row[] = [];
    for (const part of chunks(candidates)) {
      const values = part.map((r) => ({ ...r, userId }));
      const returning: Record<string, PgColumn | SQL> = hasId(table) ? { id: columnOf(table, 'id') } : { one: sql<number>`1` };
      inserted = inserted.concat(await tx.insert(table).values(values).onConflictDoNothing().returning(returning));
    }
    imported[name] = inserted.length;
    skipped[name] = tables[name].length - inserted.length - (name === 'stretches' ? builtinsIn(tables.stretches) : 0);
    if (name === 'stretches') imported[name] += builtinsIn(tables.stretches);

    if (hasId(table) && inserted.length < candidates.length) {
      await settleSkippedParents(tx, name, userId, candidates, inserted, idMap[name], missing[name]);
    }
  }
  return { imported, skipped };
}

const builtinsIn = (rows: SnapshotTables['stretches']) => rows.filter((r) => r.builtinKey).length;

/** The catalog stretches of the file become the account's own copies, with the file's settings. */
async function mapBuiltinStretches(tx: Tx, userId: string, rows: SnapshotTables['stretches'], map: Map<string, string>) {
  const own = await tx
    .select({ id: schema.stretches.id, key: schema.stretches.builtinKey })
    .from(schema.stretches)
    .where(and(eq(schema.stretches.userId, userId), sql`${schema.stretches.builtinKey} is not null`));
  const byKey = new Map(own.map((s) => [s.key!, s.id]));
  for (const row of rows) {
    if (!row.builtinKey) continue;
    const id = byKey.get(row.builtinKey);
    if (!id) throw new ActionError(`This export names a built-in stretch this app does not have (“${row.builtinKey}”). Nothing was imported.`);
    map.set(row.id, id);
    const { id: _, builtinKey: __, ...settings } = row;
    await tx.update(schema.stretches).set(settings).where(eq(schema.stretches.id, id));
  }
}

/** Rows whose id another account already uses get a new one, and the map records it. */
async function remapTakenIds(tx: Tx, table: PgTable, userId: string, rows: Row[], map: Map<string, string>): Promise<Row[]> {
  const id = columnOf(table, 'id');
  const taken = new Set<string>();
  for (const part of chunks(rows.map((r) => r.id as string).filter(Boolean))) {
    const found = await tx
      .select({ id })
      .from(table)
      .where(and(inArray(id, part), ne(userIdOf(table), userId)));
    for (const row of found) taken.add(row.id as string);
  }
  return rows.map((row) => {
    if (!taken.has(row.id as string)) return row;
    const fresh = randomUUID();
    map.set(row.id as string, fresh);
    return { ...row, id: fresh };
  });
}

/** Points a row at its parents' ids in this account; null when a parent was skipped and is not there. */
function rewriteReferences(
  name: SnapshotTable,
  row: Row,
  idMap: Record<SnapshotTable, Map<string, string>>,
  missing: Record<SnapshotTable, Set<string>>,
): Row | null {
  const out = { ...row };
  for (const [column, parent] of Object.entries(REFERENCES[name] ?? {})) {
    const old = row[column] as string | null | undefined;
    if (!old) continue;
    if (missing[parent].has(old)) return null;
    out[column] = idMap[parent].get(old) ?? old;
  }
  if (name === 'experiments') {
    for (const column of ['conditionA', 'conditionB']) {
      out[column] = (row[column] as string).replace(
        /^(routine:|do:custom:|avoid:custom:)(.+)$/,
        (_, prefix: string, id: string) => prefix + (idMap[prefix === 'routine:' ? 'routines' : 'customFactors'].get(id) ?? id),
      );
    }
  }
  return out;
}

/**
 * A row skipped in a merge is either already in this account (its children attach to it) or was
 * refused for a natural key (a custom factor's name, a second running experiment): a custom factor
 * maps onto the account's factor of that name, anything else is missing and its children skipped.
 */
async function settleSkippedParents(
  tx: Tx,
  name: SnapshotTable,
  userId: string,
  candidates: Row[],
  inserted: Row[],
  map: Map<string, string>,
  missing: Set<string>,
) {
  const table = TABLES[name];
  const id = columnOf(table, 'id');
  const done = new Set(inserted.map((r) => r.id as string));
  const notInserted = candidates.filter((r) => !done.has(r.id as string));
  const present = new Set<string>();
  for (const part of chunks(notInserted.map((r) => r.id as string))) {
    const found = await tx.select({ id }).from(table).where(and(inArray(id, part), eq(userIdOf(table), userId)));
    for (const row of found) present.add(row.id as string);
  }
  for (const row of notInserted) {
    const rowId = row.id as string;
    if (present.has(rowId)) continue;
    const original = [...map.entries()].find(([, to]) => to === rowId)?.[0] ?? rowId;
    if (name === 'customFactors') {
      const [same] = await tx
        .select({ id: schema.customFactors.id })
        .from(schema.customFactors)
        .where(
          and(
            eq(schema.customFactors.userId, userId),
            sql`lower(${schema.customFactors.name}) = lower(${row.name as string})`,
            eq(schema.customFactors.archived, false),
          ),
        );
      if (same) {
        map.set(original, same.id);
        continue;
      }
    }
    missing.add(original);
  }
}
