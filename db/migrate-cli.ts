import { getEnv } from '../lib/env';
import { openDatabase } from './client';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
const env = getEnv();
try {
  const handle = await openDatabase({ databaseUrl: env.databaseUrl, pgliteDir: env.pgliteDir });
  await handle.close();
  console.log(`Migrations applied to ${handle.kind === 'pglite' ? env.pgliteDir : 'DATABASE_URL'}.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
