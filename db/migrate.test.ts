import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { migratePostgres } from './migrate';

describe.runIf(process.env.DATABASE_URL)('migrations on PostgreSQL', () => {
  it('are applied once when two servers start together', async () => {
    const adminUrl = process.env.DATABASE_URL!;
    const name = `stillnight_migrate_${randomBytes(5).toString('hex')}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      await Promise.all([migratePostgres(url.toString()), migratePostgres(url.toString())]);
      const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
      const applied = await db`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const tables = await db`select count(*)::int as n from information_schema.tables where table_name = 'episodes'`;
      await db.end();
      const journal = (await import('./migrations/meta/_journal.json')).default as { entries: unknown[] };
      expect(applied[0]!.n).toBe(journal.entries.length);
      expect(tables[0]!.n).toBe(1);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
