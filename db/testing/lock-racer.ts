/**
 * One contender in db/pglite-lock.test.ts's race: for each round it waits for the shared `go-<round>` file,
 * then tries to take the data folder (the lock alone, or PGlite through the app's openDatabase), and while
 * it holds it writes in a way that loses a write if anyone else is in at the same time.
 *   tsx db/testing/lock-racer.ts <lock|pglite> <data folder> <signal folder> <rounds> <name>
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../client';
import { DataFolderLockedError, lockDataFolder } from '../pglite-lock';

const [mode, dir, signals, roundsText, name] = process.argv.slice(2) as [string, string, string, string, string];
const rowsPerRound = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function waitForSync(file: string): void {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) Atomics.wait(nap, 0, 0, 0.2);
}

async function waitFor(file: string): Promise<void> {
  while (!existsSync(file)) await sleep(5);
}

async function holdLock(round: number): Promise<() => Promise<void>> {
  const release = lockDataFolder(dir);
  const counter = `${dir}.counter`;
  const seen = existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0;
  await sleep(30);
  writeFileSync(counter, String(seen + 1));
  console.log(`held ${round}`);
  return async () => release();
}

async function holdDatabase(round: number): Promise<() => Promise<void>> {
  const handle = await openDatabase({ pgliteDir: dir });
  await handle.db.execute(sql`create table if not exists lock_race (round integer not null, writer text not null)`);
  for (let i = 0; i < rowsPerRound; i++) {
    await handle.db.execute(sql`insert into lock_race (round, writer) values (${round}, ${name})`);
  }
  console.log(`held ${round}`);
  return () => handle.close();
}

for (let round = 0; round < Number(roundsText); round++) {
  waitForSync(join(signals, `go-${round}`));
  try {
    const release = await (mode === 'pglite' ? holdDatabase(round) : holdLock(round));
    await waitFor(join(signals, `release-${round}`));
    await release();
    console.log(`released ${round}`);
  } catch (e) {
    if (!(e instanceof DataFolderLockedError)) throw e;
    console.log(`refused ${round} ${JSON.stringify(e.message)}`);
  }
}
