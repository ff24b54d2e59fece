// `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile profile, simulated throttling) against the
// production build in Debian's Chromium, for sign-in, Today, Insights and the report page, signed in
// as the demo account; median of 3 runs per page. "Installable" is asked of Chromium itself
// (Page.getInstallabilityErrors), since Lighthouse 12 has no installability audit any more.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { openDatabase, setCurrentDatabase } from '../db/client';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemoAccount } from '../db/seed';
import { median, signIn, startServer, stopServer } from './lib';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT_BASE ?? 3400) + 60;
const debuggingPort = port + 1;
const base = `http://127.0.0.1:${port}`;
const PAGES = [
  { label: 'sign-in', path: '/sign-in', signedIn: false },
  { label: 'Today', path: '/today', signedIn: true },
  { label: 'Insights (trends, 3 months)', path: '/insights', signedIn: true },
  { label: 'Report', path: '/report', signedIn: true },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

if (process.env.BENCH_SKIP_BUILD !== '1') {
  if (spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }).status !== 0) {
    process.exit(1);
  }
}

const root = mkdtempSync(join(tmpdir(), 'stillnight-lighthouse-'));
const pgliteDir = join(root, 'pglite');
// A PGlite folder admits one process: seed, close, then start the server on it.
const handle = await openDatabase({ pgliteDir });
setCurrentDatabase(handle);
await seedDemoAccount({});
await handle.close();

const server = await startServer(port, {
  ...process.env,
  NODE_ENV: 'production',
  PGLITE_DIR: pgliteDir,
  NEXTAUTH_URL: base,
  NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
});
// A persistent profile: Chromium never calls an incognito window installable.
const browser = await chromium.launchPersistentContext(join(root, 'profile'), {
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--remote-debugging-port=${debuggingPort}`],
});
try {
  const cookie = await signIn(base, DEMO_EMAIL, DEMO_PASSWORD);
  console.log(`Lighthouse ${new Date().toISOString()}: mobile profile, median of ${RUNS}, production build on PGlite (demo account)`);
  console.log(`  ${'page'.padEnd(30)} performance  accessibility  best practices`);
  for (const page of PAGES) {
    const scores: Record<(typeof CATEGORIES)[number], number[]> = { performance: [], accessibility: [], 'best-practices': [] };
    const failing = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${base}${page.path}`, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
      });
      if (!result) throw new Error(`no result for ${page.path}`);
      const { lhr } = result;
      if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== page.path) {
        throw new Error(`${page.path} ended at ${lhr.finalDisplayedUrl}: the session was lost`);
      }
      for (const category of CATEGORIES) {
        scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) failing.add(`${category}: ${audit.id} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
    const cell = (c: (typeof CATEGORIES)[number]) => String(median(scores[c])).padStart(c === 'performance' ? 11 : c === 'accessibility' ? 14 : 15);
    console.log(`  ${page.label.padEnd(30)}${cell('performance')}${cell('accessibility')}${cell('best-practices')}   runs: ${CATEGORIES.map((c) => scores[c].join('/')).join(', ')}`);
    for (const finding of failing) console.log(`      below 0.9 in some run: ${finding}`);
  }

  // Installability, from Chromium's own check on the start page's manifest.
  const context = browser;
  const tab = await context.newPage();
  await tab.goto(`${base}/sign-in`, { waitUntil: 'load' });
  await tab.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(tab);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  console.log(`  installable: ${installabilityErrors.length === 0 ? 'yes' : `no (${installabilityErrors.map((e) => e.errorId).join(', ')})`}`);
} finally {
  await browser.close();
  await stopServer(server);
  rmSync(root, { recursive: true, force: true });
}
