import { randomBytes } from 'node:crypto';
import { openDatabase, setCurrentDatabase, type DbHandle, type DbKind } from '../client';

/** The databases integration tests run on: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export const testDatabaseKinds: DbKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export type TestDatabase = { handle: DbHandle; dispose: () => Promise<void> };

/** A fresh, migrated database of its own (in-memory PGlite, or a new PostgreSQL database), made current. */
export async function openTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({});
    setCurrentDatabase(handle);
    return { handle, dispose: async () => (setCurrentDatabase(undefined), handle.close()) };
  }
  const { default: postgres } = await import('postgres');
  const adminUrl = process.env.DATABASE_URL!;
  const name = `stillnight_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString() });
  setCurrentDatabase(handle);
  return {
    handle,
    dispose: async () => {
      setCurrentDatabase(undefined);
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
