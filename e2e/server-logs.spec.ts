import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SignUpPage } from './pages/auth-pages';
import { FactorsPage, MedicationsPage } from './pages/factors';
import { EpisodeFormPage } from './pages/today';
import { isOneRunPerServer } from './support/runs';

/**
 * Health values never reach the server's logs: a production server of its own (the suite's
 * webServer output cannot be read from a test) is driven through a flow with distinctive values,
 * and everything it printed is searched for them. Once per database (phone project only).
 */
test.describe.configure({ timeout: 240_000 });

const localWall = (msFromNow: number) => {
  const d = new Date(Date.now() + msFromNow);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

type Server = { url: string; output: () => string; stop: () => Promise<void> };

async function startServer(): Promise<Server> {
  const port = Number(process.env.E2E_PORT ?? 3100) + 20;
  const url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL, PGLITE_DIR: _shared, ...rest } = process.env;
  // A PGlite folder admits one process: this server gets a fresh one of its own.
  const usePostgres = DATABASE_URL && process.env.E2E_DATABASE !== 'pglite';
  const pgliteRoot = usePostgres ? undefined : mkdtempSync(join(tmpdir(), 'stillnight-logs-'));
  const env: NodeJS.ProcessEnv = {
    ...rest,
    ...(usePostgres ? { DATABASE_URL } : { PGLITE_DIR: join(pgliteRoot!, 'pglite') }),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
  };
  let output = '';
  const child: ChildProcess = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], { env });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    if (pgliteRoot) rmSync(pgliteRoot, { recursive: true, force: true });
  };
  try {
    await expect
      .poll(async () => fetch(`${url}/sign-in`).then((r) => r.status, () => 0), { timeout: 150_000, intervals: [500] })
      .toBe(200);
  } catch (e) {
    await stop();
    throw new Error(`The server did not start:\n${output}`, { cause: e });
  }
  return { url, output: () => output, stop };
}

test('a flow full of health values leaves none of them in the server’s output', async ({ browser, credentials }) => {
  test.skip(!isOneRunPerServer(test.info()), 'one run per database is enough');
  const marker = `zebra-quill-${randomInt(10_000, 99_999)}`;
  const values = {
    notes: `${marker} legs burned after espresso`,
    factor: `${marker} factor`,
    medication: `Quillazine ${marker}`,
    dose: `${randomInt(100, 999)}.37 mg`,
  };
  const server = await startServer();
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await new SignUpPage(page).signUp(credentials);

    await page.goto('/log/episodes/new');
    const episode = new EpisodeFormPage(page);
    await episode.fill({ start: localWall(-3 * 3600_000), end: localWall(-2.5 * 3600_000), severity: 7 });
    await page.getByLabel('Notes').fill(values.notes);
    await episode.save();
    await expect(page.getByText(values.notes)).toBeVisible();

    const factors = new FactorsPage(page);
    await factors.goto();
    await factors.addCustomFactor(values.factor, 'Number');
    await factors.addCustomFactor(`${values.factor} 2`, 'Yes / no');

    const meds = new MedicationsPage(page);
    await meds.goto();
    await meds.add({ name: values.medication, dose: values.dose });
    await meds.doseForm().getByRole('button', { name: 'Log dose' }).click();
    await expect(meds.recentDoses().first()).toContainText(values.dose);

    // Refused input and a query string with values in them are not logged either.
    await page.goto('/log/episodes/new');
    await episode.fill({ start: localWall(-60 * 60_000), end: localWall(-90 * 60_000) });
    await page.getByLabel('Notes').fill(`${values.notes} again`);
    await episode.save();
    await expect(page.getByText('The end must be after the start')).toBeVisible();
    expect((await page.request.get(`/api/session-status?notes=${encodeURIComponent(values.notes)}`)).status()).toBe(200);
    await context.close();
  } finally {
    await server.stop();
  }
  const output = server.output();
  expect(output, 'the output was captured').toMatch(/Ready/);
  for (const [what, value] of Object.entries(values)) expect(output, what).not.toContain(value);
  expect(output).not.toContain(marker);
});
