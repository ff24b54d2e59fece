import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { getEnv } from '../lib/env';
import { lockDataFolder } from './pglite-lock';
import { migratePglite, migratePostgres } from './migrate';
import { installQueryErrorScrubbing } from './query-errors';
import * as schema from './schema';

/** Both drivers expose the same query builder; the postgres.js type stands for both. */
export type Db = PostgresJsDatabase<typeof schema>;
export type DbKind = 'pglite' | 'postgres';
export type DbHandle = { db: Db; kind: DbKind; close: () => Promise<void> };

export type OpenOptions = { databaseUrl?: string; pgliteDir?: string; migrate?: boolean };

export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  installQueryErrorScrubbing();
  const migrate = options.migrate !== false;
  if (options.databaseUrl) {
    if (migrate) await migratePostgres(options.databaseUrl);
    return openPostgres(options.databaseUrl);
  }
  const handle = await openPglite(options.pgliteDir);
  if (migrate) await migratePglite(handle.db);
  return handle;
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, { max: 10, idle_timeout: 60, onnotice: () => {} });
  return { db: drizzle({ client, schema }), kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dir: string | undefined): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  let release = () => {};
  if (dir) {
    mkdirSync(dirname(dir), { recursive: true });
    release = lockDataFolder(dir);
  }
  try {
    const client = dir ? new PGlite(dir) : new PGlite();
    await client.waitReady;
    const db = drizzle({ client, schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

const cache = globalThis as unknown as { __stillnightDb?: Promise<DbHandle> };

/** The app's one database handle, opened lazily (never at import: `next build` imports modules). */
export function getDbHandle(): Promise<DbHandle> {
  if (!cache.__stillnightDb) {
    const env = getEnv();
    cache.__stillnightDb = openDatabase({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir }).catch((e) => {
      cache.__stillnightDb = undefined;
      throw e;
    });
  }
  return cache.__stillnightDb;
}

/** Makes an already-open handle the app's database (tests and scripts that open their own). */
export function setCurrentDatabase(handle: DbHandle | undefined): void {
  cache.__stillnightDb = handle ? Promise.resolve(handle) : undefined;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
