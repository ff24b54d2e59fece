import { resolve } from 'node:path';
import type { Db } from './client';

export const migrationsFolder = resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');

// Any fixed number: two servers starting together on one PostgreSQL take turns migrating.
const MIGRATION_LOCK_KEY = 726_150_001;

export async function migratePglite(db: Db): Promise<void> {
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  await migrate(db as never, { migrationsFolder });
}

/** Runs on its own single connection so the session-level advisory lock covers the whole migration. */
export async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
