// `npm run test:e2e`: one production build, then the Playwright suite against PostgreSQL
// (when DATABASE_URL is set; desktop) and against a fresh embedded PGlite folder (phone; both without PostgreSQL).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

async function ensureBrowser() {
  if (existsSync('/usr/bin/chromium')) return;
  const { chromium } = await import('@playwright/test');
  if (existsSync(chromium.executablePath())) return;
  console.log('No Chromium found: installing Playwright’s own (one-time download).');
  if (run('node_modules/.bin/playwright', ['install', 'chromium']) !== 0) process.exit(1);
}

async function withPostgresDatabase(adminUrl: string, body: (url: string) => number): Promise<number> {
  const name = `stillnight_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return body(url.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** The projects named by `--project=x` or `--project x` arguments. */
function projectsIn(args: string[]): string[] {
  return args.flatMap((arg, i) => {
    if (arg.startsWith('--project=')) return [arg.slice('--project='.length)];
    return arg === '--project' && args[i + 1] ? [args[i + 1]!] : [];
  });
}

/**
 * `env` is the whole environment of the run, so the PGlite run cannot inherit DATABASE_URL.
 * The demo account is seeded first, and finishes before the server starts: a PGlite folder
 * admits one process at a time. Specs may read the demo account, never change it.
 */
function playwright(label: string, env: NodeJS.ProcessEnv, projects: string[]): number {
  console.log(`\n=== end-to-end tests on ${label} ===`);
  if (run('node_modules/.bin/tsx', ['--conditions=react-server', 'db/seed-cli.ts'], env) !== 0) {
    console.error(`Seeding the demo account on ${label} failed.`);
    return 1;
  }
  const args = process.argv.slice(2);
  // A --project given on the command line overrides the layout.
  const given = projectsIn(args);
  const chosen = given.length > 0 ? [] : projects.map((p) => `--project=${p}`);
  // e2e/support/runs.ts reads the layout: tests that need one run per server take its first viewport.
  const layout = given.length > 0 ? given : projects;
  return run('node_modules/.bin/playwright', ['test', ...chosen, ...args], { ...env, E2E_PROJECTS: layout.join(',') });
}

await ensureBrowser();
// E2E_SKIP_BUILD=1 reuses the last build while only the tests change (never in CI).
if (!process.env.E2E_SKIP_BUILD && run('node_modules/.bin/next', ['build'], { ...process.env, NODE_ENV: 'production' }) !== 0) process.exit(1);

const failures: string[] = [];
// Several checkouts can run their suites side by side on one machine with different bases.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100);
const { DATABASE_URL, ...withoutDatabase } = process.env;
// e2e/support/runs.ts shares some work between the databases when both run.
const servers = { E2E_SERVERS: DATABASE_URL ? 'postgres,pglite' : 'pglite' };

if (DATABASE_URL) {
  const code = await withPostgresDatabase(DATABASE_URL, (url) =>
    playwright(
      'PostgreSQL (desktop)',
      { ...process.env, ...servers, DATABASE_URL: url, E2E_PORT: String(portBase + 1), E2E_DATABASE: 'postgres' },
      ['desktop'],
    ),
  );
  if (code !== 0) failures.push('PostgreSQL');
}

const pgliteRoot = mkdtempSync(join(tmpdir(), 'stillnight-e2e-'));
const pgliteDir = join(pgliteRoot, 'pglite');
try {
  const env = { ...withoutDatabase, ...servers, PGLITE_DIR: pgliteDir, E2E_PORT: String(portBase + 2), E2E_DATABASE: 'pglite' };
  // Each spec runs on both databases and both viewports at least once, not every combination (CI's time):
  // beside PostgreSQL on the desktop, PGlite takes the phone.
  const projects = DATABASE_URL ? ['phone'] : ['phone', 'desktop'];
  if (playwright(`a fresh PGlite folder (${projects.join(' and ')})`, env, projects) !== 0) failures.push('PGlite');
} finally {
  rmSync(pgliteRoot, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\nEnd-to-end tests failed on: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nEnd-to-end tests passed on every database.');
