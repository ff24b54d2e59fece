import { expect, test } from './fixtures';
import { ReportPage } from './pages/report';
import { TrendsPage } from './pages/trends';

test('the demo account: a preview that is also the print page, and a PDF of at most two pages with the same figures (axe: accessibility.spec)', async ({ page }) => {
  test.slow();
  await new TrendsPage(page).signInAsDemo();
  const report = new ReportPage(page);
  await report.goto();
  const preview = report.preview();
  await expect(preview).toContainText('(90 nights)');
  const logged = (await preview.getByText(/^Nights logged: \d+ of 90$/).textContent())!;
  const period = (await preview.getByText(/^Period: /).textContent())!;
  const perWeek = (await preview.getByRole('row', { name: /^Nights with episodes per week/ }).getByRole('cell').nth(1).textContent())!;
  await expect(preview.getByRole('heading', { name: 'Medications' })).toBeVisible();
  await expect(preview.getByRole('img', { name: /^Nights with episodes per week: / })).toBeVisible();

  const pdf = await report.downloadPdf();
  expect(pdf.name).toMatch(/^stillnight-report-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.pages).toBeLessThanOrEqual(2);
  expect(pdf.text).toContain(logged);
  expect(pdf.text).toContain(period);
  expect(pdf.text).toContain(`Nights with episodes per week ${perWeek}`);
  expect(pdf.text).toContain('Pramipexole');

  // On paper: the report alone, no navigation or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(preview).toBeVisible();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
  await expect(page.getByRole('form', { name: 'Period and contents' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Leaving sections out leaves them out of the preview.
  await page.getByRole('checkbox', { name: 'Medications' }).uncheck();
  await page.getByRole('button', { name: 'Show this report' }).click();
  await expect(preview.getByRole('heading', { name: 'IRLS severity scale (0–40)' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Medications' })).toHaveCount(0);
});

test('a new account: details and questions on the report, bad input refused per field, and an honest empty report', async ({ page, user }) => {
  test.slow(); // sign-up, two saves, two refusals and a PDF
  const report = new ReportPage(page);
  await report.goto();
  await expect(report.preview()).toContainText('Nothing was logged in this period, so there is nothing to report for it.');
  await expect(report.preview()).toContainText(`${user.name}`);

  const details = page.getByRole('form', { name: 'Your details on the report' });
  await details.getByLabel('Date of birth (optional)').fill('2100-01-01');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByLabel('Date of birth (optional)')).toHaveAccessibleDescription('Enter a date in the past');
  await expect(details.getByLabel('Date of birth (optional)')).toBeFocused();

  await details.getByLabel('Name on the report').fill('Ana Example');
  await details.getByLabel('Date of birth (optional)').fill('1970-05-06');
  await details.getByLabel('My questions for the doctor').fill('Could my iron be low again?');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved. The report below shows it.');
  await expect(report.preview()).toContainText('Ana Example · born 1970-05-06');
  await expect(report.preview()).toContainText('Could my iron be low again?');

  await report.choosePeriod('2026-01-10', '2026-01-01');
  await expect(report.periodField('First night')).toHaveAccessibleDescription('The first night must be on or before the last night');
  await report.choosePeriod('2026-01-01', '2100-01-01');
  await expect(report.periodField('Last night')).toHaveAccessibleDescription('Choose last night or an earlier night');

  const pdf = await report.downloadPdf();
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('Ana Example · born 1970-05-06');
  expect(pdf.text).toContain('Nothing was logged in this period');
  expect(pdf.text).toContain('Could my iron be low again?');

  const bad = await page.request.post('/api/report/pdf', {
    data: { from: '2026-13-01', to: '2999-01-01', omit: ['everything'] },
    headers: { origin: new URL(page.url()).origin },
    failOnStatusCode: false,
  });
  expect(bad.status()).toBe(400);
  expect(Object.keys((await bad.json()).fieldErrors).sort()).toEqual(['from', 'omit.0', 'to']);
});
