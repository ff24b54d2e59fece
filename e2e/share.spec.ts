import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, randomClientAddress, test } from './fixtures';
import { ReportPage } from './pages/report';
import { TrendsPage } from './pages/trends';
import { readPdf } from './support/pdf';

test('a share link opens the report alone in a signed-out browser, with its PDF; withdrawn or wrong, it is “not available”', async ({ page, browser }) => {
  test.slow();
  await new TrendsPage(page).signInAsDemo();
  const report = new ReportPage(page);
  await report.goto();
  const period = (await report.preview().getByText(/^Period: /).textContent())!;

  const share = page.getByRole('form', { name: 'Share this report' });
  await share.getByLabel('Open for').selectOption('7');
  await share.getByRole('button', { name: 'Make a share link' }).click();
  const linkField = page.getByRole('textbox', { name: 'Share link' });
  await expect(linkField).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  const url = await linkField.inputValue();
  const row = page.getByRole('list', { name: 'Share links' }).getByRole('listitem').first();
  await expect(row).toContainText(/Open until .* · not opened yet/);

  // The clinician: no account, no cookies.
  const clinician = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() } });
  const shared = await clinician.newPage();
  const response = await shared.goto(url);
  expect(response!.status()).toBe(200);
  expect(response!.headers()['cache-control']).toContain('no-store');
  await expect(shared.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(shared.getByRole('heading', { name: 'Restless legs: symptom report' })).toBeVisible();
  await expect(shared.getByText(period, { exact: true })).toBeVisible();
  await expect(shared.getByRole('navigation')).toHaveCount(0);
  expect((await new AxeBuilder({ page: shared }).analyze()).violations.map((v) => v.id)).toEqual([]);
  // The only way on is the PDF: no link into the app.
  const hrefs = await shared.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual([`${new URL(url).pathname}/pdf`]);
  const download = shared.waitForEvent('download');
  await shared.getByRole('link', { name: 'Download the PDF' }).click();
  const pdf = readPdf(await readFile(await (await download).path()));
  expect(pdf.text).toContain(period);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect((await clinician.request.get('/today', { maxRedirects: 0 })).status()).toBe(307);

  await page.reload();
  await expect(row).toContainText(/ · last opened /);
  await row.getByRole('button', { name: 'Withdraw' }).click();
  await row.getByRole('button', { name: 'Withdraw the link' }).click();
  await expect(row).toContainText('Withdrawn');

  const refused = await shared.goto(url);
  expect(refused!.status()).toBe(404);
  await expect(shared.getByRole('heading', { name: 'This report is not available' })).toBeVisible();
  expect((await new AxeBuilder({ page: shared }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const wrong = await shared.goto(`${url.slice(0, -3)}abc`);
  expect(wrong!.status()).toBe(404);
  await expect(shared.getByRole('heading', { name: 'This report is not available' })).toBeVisible();
  expect((await clinician.request.get(`${url}/pdf`, { failOnStatusCode: false })).status()).toBe(404);
  await clinician.close();
});
