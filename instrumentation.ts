/**
 * Keeps health data out of the server's logs, then opens (and migrates) the database when the
 * server starts, so the first visitor does not wait.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installLogRedaction } = await import('./lib/logging/redact');
  installLogRedaction();
  const { startServerDatabase } = await import('./db/start');
  await startServerDatabase();
}
