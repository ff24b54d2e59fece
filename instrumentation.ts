/** Opens (and migrates) the database when the server starts, so the first visitor does not wait. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerDatabase } = await import('./db/start');
  await startServerDatabase();
}
