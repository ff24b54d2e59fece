import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { demoExperiments, demoRoutineOn } from '../lib/demo/experiments';
import { generateDemoData } from '../lib/demo/generate';
import { demoSnapshot } from '../lib/demo/snapshot';
import { localDateOf } from '../lib/nights';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';
import { TrendsPage } from './pages/trends';

/** Every logged night of three months of History, as its calendar names it (experiment marks aside: another spec may change the demo's experiment meanwhile). */
async function historyNights(page: Page): Promise<string[]> {
  const nights: string[] = [];
  const now = new Date();
  for (let back = 0; back < 3; back++) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 15)).toISOString().slice(0, 7);
    await page.goto(`/history?month=${month}`);
    await expect(page.locator('table')).toBeVisible();
    for (const label of await page.locator('a[data-night] .sr-only').allTextContents()) nights.push(label.replace(/; experiment.*$/, ''));
  }
  return nights;
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('the demo account exported (JSON and CSV) and imported into a new account shows the same History', async ({ page, user, browser }) => {
  test.slow();
  expect(user).toBeTruthy();
  const demo = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.19.0.7' } });
  const demoPage = await demo.newPage();
  await new TrendsPage(demoPage).signInAsDemo();
  const expected = await historyNights(demoPage);
  expect(expected.length).toBeGreaterThan(20);

  const demoSettings = new SettingsPage(demoPage);
  await demoSettings.goto();
  const json = await demoSettings.downloadExport('JSON');
  expect(json.name).toMatch(/^stillnight-export-\d{4}-\d{2}-\d{2}\.json$/);
  // Downloads go when their context closes: keep the text.
  const exportText = await readFile(json.path, 'utf8');
  const snapshot = JSON.parse(exportText);
  expect(snapshot).toMatchObject({ format: 'stillnight-account', version: 1, account: { timeZone: 'Europe/Berlin' } });
  expect(JSON.stringify(snapshot)).not.toMatch(/password|demo@stillnight/i);

  const csv = await demoSettings.downloadExport('CSV');
  expect(csv.name).toMatch(/\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile(csv.path)));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['episodes.csv', 'night_checkins.csv', 'medications.csv', 'irls_scores.csv']));
  const episodeLines = strFromU8(files['episodes.csv']!).trimEnd().split('\r\n');
  expect([...files['episodes.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(episodeLines[0]).toMatch(/^id,night_of,started_at,ended_at,severity,/);
  expect(episodeLines).toHaveLength(snapshot.tables.episodes.length + 1);
  await demo.close();

  // The new account, empty: the import shows its progress, then what it added.
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.importFile(file(json.name, exportText));
  await expect(settings.importForm().getByRole('status')).toContainText(
    `Imported: ${snapshot.tables.nightCheckins.length} night check-ins, ${snapshot.tables.episodes.length} episodes`,
    { timeout: 30_000 },
  );
  expect(await historyNights(page)).toEqual(expected);
});

test('a file that is not an export, cut short or of another version is refused and changes nothing; a merge skips what is there', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const today = localDateOf(new Date(), 'UTC');
  const plans = demoExperiments(today, randomUUID);
  const data = generateDemoData({ today, timeZone: 'UTC', nights: 20, newId: randomUUID, routineOn: demoRoutineOn(plans) });
  const valid = JSON.stringify(demoSnapshot({ data, experiments: plans, displayName: 'Imported', newId: randomUUID, exportedAt: new Date() }));

  const settings = new SettingsPage(page);
  await settings.goto();
  const form = settings.importForm();
  const fileField = form.getByLabel('Export file (.json)');
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(fileField).toHaveAccessibleDescription('Choose the .json file of a Stillnight export.');

  await settings.importFile(file('notes.json', 'my legs were restless'));
  await expect(fileField).toHaveAccessibleDescription(/not complete JSON/);
  await settings.importFile(file('cut.json', valid.slice(0, valid.length / 2)));
  await expect(fileField).toHaveAccessibleDescription(/not complete JSON \(it may have been cut short\)/);
  await settings.importFile(file('newer.json', valid.replace('"version":1', '"version":2')));
  await expect(form.getByRole('alert')).toHaveText(/This export is version 2; this app reads version 1\. Nothing was imported\./);
  await settings.importFile(file('broken.json', valid.replace(/"severity":\d+/, '"severity":"high"')));
  await expect(form.getByRole('alert')).toHaveText(/damaged or incomplete \(tables\.episodes\.0\.severity: .+\)/);

  // Nothing of those was stored: the account still counts as empty.
  await settings.importFile(file('valid.json', valid));
  await expect(form.getByRole('status')).toContainText(`Imported: ${data.checkins.length} night check-ins`);
  await page.goto('/history');
  await expect(page.locator('a[data-night]').first()).toBeVisible();

  await settings.goto();
  await settings.importFile(file('valid.json', valid));
  await expect(form.getByRole('alert')).toHaveText(/already has data/);
  await settings.importFile(file('valid.json', valid), { merge: true });
  await expect(form.getByRole('status')).toHaveText(
    new RegExp(`^Imported: nothing new\\. Already here, so skipped: ${data.checkins.length} night check-ins, ${data.episodes.length} episodes`),
  );
});

test('the export and import routes refuse bad input and signed-out callers', async ({ page, user, playwright }) => {
  expect(user).toBeTruthy();
  const bad = await page.request.get('/api/account/export?format=pdf', { failOnStatusCode: false });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors.format).toEqual(['Choose JSON or CSV (ZIP).']);
  const exported = await page.request.get('/api/account/export?format=json');
  expect(exported.headers()['cache-control']).toBe('no-store');
  const origin = new URL(page.url()).origin;
  const junk = await page.request.post('/api/account/import', { data: { mode: 'empty', snapshot: { format: 'x' } }, headers: { origin }, failOnStatusCode: false });
  expect(junk.status()).toBe(422);
  expect((await junk.json()).message).toBe('This file is not a Stillnight export.');
  const signedOut = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await signedOut.get('/api/account/export?format=json', { failOnStatusCode: false })).status()).toBe(401);
  await signedOut.dispose();
});
