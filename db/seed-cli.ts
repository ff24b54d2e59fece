import { getEnv } from '../lib/env';
import { openDatabase, setCurrentDatabase } from './client';
import { seedDemoAccount } from './seed';

// `npm run db:seed`: creates the demo account on DATABASE_URL or the embedded database (idempotent).
const env = getEnv();
try {
  const started = Date.now();
  const handle = await openDatabase({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
  setCurrentDatabase(handle);
  try {
    const result = await seedDemoAccount();
    const where = handle.kind === 'pglite' ? env.pgliteDir : 'DATABASE_URL';
    console.log(
      result.created
        ? `Demo account created in ${where} (${result.counts?.episodes} episodes over six months) in ${Date.now() - started} ms.`
        : `Demo account already exists in ${where}; nothing changed.`,
    );
    console.log(`Sign in with: ${result.email} / ${result.password}`);
  } finally {
    setCurrentDatabase(undefined);
    await handle.close();
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
