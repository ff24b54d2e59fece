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
    if (env.nodeEnv === 'development' && handle.kind === 'pglite') await seedFirstDevelopmentStart();
  } catch (e) {
    console.error(`\n${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

/** A fresh embedded development database gets the demo account, so there is something to look at. */
async function seedFirstDevelopmentStart(): Promise<void> {
  const { anyUserExists } = await import('./queries/users');
  if (await anyUserExists()) return;
  const { seedDemoAccount } = await import('./seed');
  const started = Date.now();
  const demo = await seedDemoAccount();
  console.log(
    `Stillnight demo account created in ${Date.now() - started} ms (six months of sample nights).\n` +
      `  Sign in with: ${demo.email} / ${demo.password}`,
  );
}
