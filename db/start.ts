import { getEnv } from '../lib/env';
import { getDbHandle } from './client';

/** Called once at server start: a bad setting or a locked data folder stops start-up with a clear message. */
export async function startServerDatabase(): Promise<void> {
  try {
    const env = getEnv();
    const started = Date.now();
    const handle = await getDbHandle();
    const where = handle.kind === 'pglite' ? `embedded PGlite at ${env.pgliteDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`Stillnight database ready: ${where}, migrated in ${Date.now() - started} ms`);
  } catch (e) {
    console.error(`\n${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
