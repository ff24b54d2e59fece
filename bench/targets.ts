import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DbHandle } from '../db/client';

/** A fresh database a benchmark seeds, serves and drops: its server's env, a handle to seed it, and the clean-up. */
export type Target = { name: 'PostgreSQL' | 'PGlite'; env: Record<string, string>; open: () => Promise<DbHandle>; drop: () => Promise<void> };

export async function postgresTarget(adminUrl: string): Promise<Target> {
  const name = `stillnight_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ databaseUrl: url.toString() }),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export function pgliteTarget(): Target {
  const root = mkdtempSync(join(tmpdir(), 'stillnight-bench-'));
  const dir = join(root, 'pglite');
  return {
    name: 'PGlite',
    env: { PGLITE_DIR: dir },
    open: () => openDatabase({ pgliteDir: dir }),
    drop: async () => rmSync(root, { recursive: true, force: true }),
  };
}
