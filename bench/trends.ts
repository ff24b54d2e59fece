// `npm run bench`: seeds a five-year user and 200 one-year users into fresh databases, starts the
// production server on each, and prints Trends timings beside the framework floor, JS bytes per
// page, and each trends query's time. Figures are medians of repeated runs; the machine is shared.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chromium } from '@playwright/test';
import { setCurrentDatabase } from '../db/client';
import { seedDemoAccount, DEMO_PASSWORD } from '../db/seed';
import { DEMO_TIME_ZONE } from '../lib/demo/account';
import { lastNightOf } from '../lib/nights';
import { median, ms, percentile, signIn, startServer, stopServer, timeRequest } from './lib';
import { pgliteTarget, postgresTarget, type Target } from './targets';
import { topUpFiveYearUser } from './top-up';
import { timeTrendsQueries } from './trends-queries';

const ROUNDS = 35;
const WARMUP = 5;
const OTHER_USERS = Number(process.env.BENCH_OTHER_USERS ?? 200);
const BIG_USER = 'bench-five-years@stillnight.local';
const secret = randomBytes(32).toString('base64url');


async function seed(target: Target) {
  const handle = await target.open();
  setCurrentDatabase(handle);
  const started = performance.now();
  const big = await seedDemoAccount({ email: BIG_USER, nights: 1826, seed: 5 });
  const toppedUp = await topUpFiveYearUser(big.userId);
  for (let i = 0; i < OTHER_USERS; i++) {
    await seedDemoAccount({ email: `bench-${i}@stillnight.local`, nights: 365, seed: 100 + i });
  }
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s; five-year user:`, { ...big.counts, ...toppedUp });
  console.log(`  plus ${OTHER_USERS} users with a year each`);
  return { handle, userId: big.userId };
}

async function timePages(base: string, cookie: string) {
  // The five-year user's finished experiment (the past list follows the running one on the page).
  const list = await (await fetch(`${base}/experiments`, { headers: { cookie } })).text();
  const experimentId = [...list.matchAll(/\/experiments\/([0-9a-f-]{36})/g)].at(-1)?.[1];
  if (!experimentId) throw new Error('The five-year user has no experiment to time');
  const pages = {
    // A signed-in page that stays minimal: the app layout and its not-found card (a night in the future).
    floor: `${base}/history/2999-01-01`,
    'trends 12 months': `${base}/insights?period=12m`,
    'trends all': `${base}/insights?period=all`,
    'what’s linked': `${base}/insights/links`,
    'experiment result': `${base}/experiments/${experimentId}`,
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  // Interleaved, so a noisy moment on the machine hits every page alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, url] of Object.entries(pages)) {
      // The floor is a not-found page by design: its status is 404.
      const t = await timeRequest(url, cookie, label === 'floor' ? 404 : 200);
      if (round >= WARMUP) times[label]!.push(t);
    }
  }
  const floor = median(times.floor!);
  for (const [label, values] of Object.entries(times)) {
    console.log(
      `  ${label.padEnd(18)} median ${ms(median(values)).padStart(9)}  p95 ${ms(percentile(values, 95)).padStart(9)}  ×floor ${(median(values) / floor).toFixed(2)}  (n=${values.length})`,
    );
  }
}

async function javascriptBytes(base: string, cookie: string) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const cookies = cookie.split('; ').map((pair) => {
    const [name, ...rest] = pair.split('=');
    // `__Secure-`/`__Host-` cookies must be set secure; Chromium sends them to http://127.0.0.1 too.
    return { name: name!, value: rest.join('='), domain: new URL(base).hostname, path: '/', secure: name!.startsWith('__') };
  });
  // A page's own JavaScript: what has arrived once it has loaded (and, for Trends, drawn its charts).
  // Later requests are prefetches of linked routes, which belong to those routes.
  const measure = async (path: string, signedIn: boolean, ready?: string) => {
    const context = await browser.newContext();
    if (signedIn) await context.addCookies(cookies);
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        sizes.push(response.request().sizes().then((s) => s.responseBodySize));
      }
    });
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    if (ready) await page.locator(ready).first().waitFor();
    const bytes = (await Promise.all([...sizes])).reduce((a, b) => a + b, 0);
    await context.close();
    return bytes;
  };
  const floor = await measure('/bench-floor-page-that-does-not-exist', false);
  const rows = {
    'bare page (floor)': floor,
    'sign-in': await measure('/sign-in', false),
    today: await measure('/today', true),
    'trends (all)': await measure('/insights?period=all', true, 'svg.recharts-surface'),
  };
  for (const [label, bytes] of Object.entries(rows)) {
    console.log(`  ${label.padEnd(18)} ${(bytes / 1024).toFixed(1).padStart(7)} kB gzip  (floor + ${((bytes - floor) / 1024).toFixed(1)} kB)`);
  }
  await browser.close();
}

console.log(`Stillnight trends benchmark, ${new Date().toISOString()}`);
// BENCH_SKIP_BUILD=1 reuses .next (as `npm run bench:report` does).
if (!process.env.BENCH_SKIP_BUILD && spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }).status !== 0) {
  process.exit(1);
}
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const { DATABASE_URL: _unused, ...baseEnv } = process.env;
const targets = [await postgresTarget(adminUrl), pgliteTarget()];
// BENCH_PORT_BASE keeps parallel runs (one per worktree) off each other's ports.
let port = Number(process.env.BENCH_PORT_BASE ?? 3400);
let measuredBytes = false;

for (const target of targets) {
  console.log(`\n== ${target.name} ==`);
  try {
    const { handle, userId } = await seed(target);
    await handle.close();
    setCurrentDatabase(undefined);

    const env = { ...baseEnv, ...target.env, NODE_ENV: 'production' as const, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: `http://127.0.0.1:${++port}` };
    const server = await startServer(port, env);
    try {
      const base = `http://127.0.0.1:${port}`;
      const cookie = await signIn(base, BIG_USER, DEMO_PASSWORD);
      console.log('Server response time, five-year user:');
      await timePages(base, cookie);
      if (!measuredBytes) {
        console.log('JavaScript transferred per page (Chromium, gzip; floor = the app\'s 404 page):');
        await javascriptBytes(base, cookie);
        measuredBytes = true;
      }
    } finally {
      await stopServer(server);
    }

    const reopened = await target.open();
    setCurrentDatabase(reopened);
    console.log('Trends queries, five-year user (median of 20):');
    await timeTrendsQueries(userId, DEMO_TIME_ZONE, lastNightOf(new Date(), DEMO_TIME_ZONE));
    await reopened.close();
    setCurrentDatabase(undefined);
  } finally {
    await target.drop();
  }
}
