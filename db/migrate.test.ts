import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { migratePostgres, migrationsFolder } from './migrate';

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

describe('the stretch-session ownership keys', () => {
  it('apply to an existing embedded database holding sessions, which keep their stretch and routine', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const { sql } = await import('drizzle-orm');
    type Journal = { entries: { tag: string }[] };
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
    const adding = journal.entries.findIndex((e) =>
      readFileSync(join(migrationsFolder, `${e.tag}.sql`), 'utf8').includes('"stretch_sessions_routine_fk"'),
    );
    expect(adding).toBeGreaterThan(0);
    const before = mkdtempSync(join(tmpdir(), 'stillnight-migrations-'));
    try {
      cpSync(migrationsFolder, before, { recursive: true });
      writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, adding) }));
      const client = new PGlite();
      const db = drizzle({ client });
      await migrate(db, { migrationsFolder: before });
      const [user, stretch, routine] = [randomUUID(), randomUUID(), randomUUID()];
      await db.execute(sql`insert into users (id, email, password_hash, display_name, time_zone) values (${user}, 'm@example.com', 'h', 'M', 'UTC')`);
      await db.execute(sql`insert into stretches (id, user_id, name, default_hold_seconds) values (${stretch}, ${user}, 'Calf', 30)`);
      await db.execute(sql`insert into routines (id, user_id, name) values (${routine}, ${user}, 'Evening')`);
      await db.execute(sql`insert into stretch_sessions (id, user_id, night_of, performed_at, stretch_id, routine_id, context)
        values (${randomUUID()}, ${user}, '2025-01-01', now(), ${stretch}, ${routine}, 'before_bed')`);

      await migrate(db, { migrationsFolder });
      const kept = await db.execute(sql`select stretch_id, routine_id from stretch_sessions`);
      expect(kept.rows).toEqual([{ stretch_id: stretch, routine_id: routine }]);
      const keys = await db.execute(
        sql`select conname from pg_constraint where conrelid = 'stretch_sessions'::regclass and contype = 'f' order by conname`,
      );
      expect(keys.rows.map((r) => (r as { conname: string }).conname)).toEqual([
        'stretch_sessions_routine_fk',
        'stretch_sessions_stretch_fk',
        'stretch_sessions_user_id_users_id_fk',
      ]);
      await client.close();
    } finally {
      rmSync(before, { recursive: true, force: true });
    }
  });
});
