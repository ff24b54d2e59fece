// `npm run bench:report`: the five-year user's report PDF (90 nights and five years), export (JSON and
// CSV ZIP) and the import of that JSON into fresh accounts, through the production server's route
// handlers, on PostgreSQL (when DATABASE_URL is set) and PGlite, with the server's peak memory while
// the PDFs are made. Medians; the machine is shared. `BENCH_SKIP_BUILD=1` reuses .next.
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setCurrentDatabase } from '../db/client';
import { createUser } from '../db/queries/users';
import { DEMO_PASSWORD, seedDemoAccount } from '../db/seed';
import { hashPassword } from '../lib/auth/password';
import { median, signIn, startServer, stopServer } from './lib';
import { pgliteTarget, postgresTarget, type Target } from './targets';
import { topUpFiveYearUser } from './top-up';

const EXPORT_ROUNDS = 5;
const PDF_ROUNDS = 10;
const IMPORTS = 3;
const BIG_USER = 'bench-transfer@stillnight.local';
const secret = randomBytes(32).toString('base64url');


/** The five-year user, and empty accounts to import into; the database is closed again for the server. */
async function seed(target: Target): Promise<string[]> {
  const handle = await target.open();
  setCurrentDatabase(handle);
  const big = await seedDemoAccount({ email: BIG_USER, nights: 1826, seed: 5 });
  const toppedUp = await topUpFiveYearUser(big.userId);
  console.log('  five-year user:', { ...big.counts, ...toppedUp });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const empty: string[] = [];
  for (let i = 0; i < IMPORTS; i++) {
    const email = `bench-import-${i}@stillnight.local`;
    await createUser({ account: { email, passwordHash, displayName: 'Import', timeZone: 'UTC' } });
    empty.push(email);
  }
  await handle.close();
  setCurrentDatabase(undefined);
  return empty;
}

async function timed(run: () => Promise<Response>): Promise<{ ms: number; body: Buffer }> {
  const start = performance.now();
  const response = await run();
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`answered ${response.status}: ${body.toString('utf8').slice(0, 200)}`);
  return { ms: performance.now() - start, body };
}

/** Resident memory of the server and its child processes, in MB (ps). */
function serverRssMb(server: ChildProcess): number {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([server.pid!]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return rows.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

async function timePdf(base: string, cookie: string, server: ChildProcess, label: string, from: string, to: string) {
  const times: number[] = [];
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, serverRssMb(server))), 25);
  try {
    for (let i = 0; i <= PDF_ROUNDS; i++) {
      const { ms, body } = await timed(() =>
        fetch(`${base}/api/report/pdf`, { method: 'POST', headers: { cookie, origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ from, to }) }),
      );
      if (i > 0) times.push(ms);
      if (i === 0) console.log(`  PDF ${label}: ${(body.length / 1024).toFixed(0)} kB`);
    }
  } finally {
    clearInterval(sampler);
  }
  console.log(`  PDF ${label.padEnd(12)} median of ${PDF_ROUNDS} (after a warm-up): ${median(times).toFixed(0)} ms; server peak RSS ${peak.toFixed(0)} MB`);
}

async function measure(target: Target, port: number) {
  console.log(`\n${target.name}`);
  const empty = await seed(target);
  const base = `http://127.0.0.1:${port}`;
  // Without the caller's DATABASE_URL: the PGlite target's server must not find PostgreSQL first.
  const { DATABASE_URL: _unused, ...baseEnv } = process.env;
  const server = await startServer(port, { ...baseEnv, ...target.env, NEXTAUTH_URL: base, NEXTAUTH_SECRET: secret, NODE_ENV: 'production' });
  try {
    const cookie = await signIn(base, BIG_USER, DEMO_PASSWORD);
    const lastNight = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const daysBefore = (n: number) => new Date(Date.parse(`${lastNight}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    console.log(`  server RSS at rest: ${serverRssMb(server).toFixed(0)} MB`);
    await timePdf(base, cookie, server, '90 nights', daysBefore(89), lastNight);
    await timePdf(base, cookie, server, 'five years', daysBefore(1825), lastNight);
    let json: Buffer = Buffer.alloc(0);
    for (const format of ['json', 'zip'] as const) {
      const times: number[] = [];
      for (let i = 0; i <= EXPORT_ROUNDS; i++) {
        const { ms, body } = await timed(() => fetch(`${base}/api/account/export?format=${format}`, { headers: { cookie } }));
        if (i > 0) times.push(ms);
        if (format === 'json') json = body;
        else if (i === 0) console.log(`  ZIP of CSV: ${(body.length / 1024 / 1024).toFixed(2)} MB`);
      }
      console.log(`  export ${format.padEnd(4)} median of ${EXPORT_ROUNDS} (after a warm-up): ${median(times).toFixed(0)} ms`);
    }
    console.log(`  JSON export: ${(json.length / 1024 / 1024).toFixed(2)} MB`);
    const body = `{"mode":"empty","snapshot":${json.toString('utf8')}}`;
    const times: number[] = [];
    for (const email of empty) {
      const importer = await signIn(base, email, DEMO_PASSWORD);
      const { ms } = await timed(() =>
        fetch(`${base}/api/account/import`, { method: 'POST', headers: { cookie: importer, origin: base, 'content-type': 'application/json' }, body }),
      );
      times.push(ms);
    }
    console.log(`  import of that JSON into an empty account, median of ${IMPORTS}: ${median(times).toFixed(0)} ms (each: ${times.map((t) => t.toFixed(0)).join(', ')})`);
  } finally {
    await stopServer(server);
    await target.drop();
  }
}

console.log(`Stillnight report and data benchmark, ${new Date().toISOString()}`);
if (!process.env.BENCH_SKIP_BUILD) {
  if (spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }).status !== 0) process.exit(1);
}
const targets: Target[] = [];
if (process.env.DATABASE_URL) targets.push(await postgresTarget(process.env.DATABASE_URL));
targets.push(pgliteTarget());
let port = 3800;
for (const target of targets) await measure(target, port++);
