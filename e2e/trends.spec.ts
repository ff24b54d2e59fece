import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { countOf, TrendsPage } from './pages/trends';

test.describe('trends with the demo account', () => {
  test.beforeEach(async ({ page }) => {
    await new TrendsPage(page).signInAsDemo();
  });

  test('the charts render and the headline figures show', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.goto();
    await expect(trends.periodLink('3 months')).toHaveAttribute('aria-current', 'page');
    const [logged, nights] = countOf(await trends.figureValue('logged').innerText());
    expect(nights).toBe(91);
    // The demo leaves about a tenth of the nights unlogged: gaps, not zeros.
    expect(logged).toBeGreaterThan(60);
    expect(logged).toBeLessThan(91);
    await expect(trends.figureValue('mean_severity')).toHaveText(/^\d+\.\d$/);
    await expect(trends.figure('mean_severity')).toContainText(/(up|down) \d+\.\d from \d+\.\d|no change from/);
    await trends.waitForCharts();
    await expect(trends.chart('Stretching before bed per week')).toBeVisible();
    await expect(page.getByText(/Severity (rose|fell) by about|No clear trend/)).toBeVisible();
  });

  test('changing the period changes the figures', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.goto();
    const threeMonths = await trends.figureValue('logged').innerText();
    await trends.periodLink('4 weeks').click();
    await expect(page).toHaveURL(/period=4w/);
    await expect(trends.periodLink('4 weeks')).toHaveAttribute('aria-current', 'page');
    await expect(trends.figureValue('logged')).toHaveText(/ of 28$/);
    expect(await trends.figureValue('logged').innerText()).not.toBe(threeMonths);

    await trends.periodLink('All').click();
    await expect(page.getByRole('heading', { name: 'Everything logged' })).toBeVisible();
    const [, allNights] = countOf(await trends.figureValue('logged').innerText());
    expect(allNights).toBeGreaterThan(170);
    await expect(page.getByText('No earlier period to compare with.')).toBeVisible();

    // Custom dates: a refusal explains itself per field, a good range is shown.
    await page.getByText('Custom dates').click();
    await page.getByLabel('First night').fill('2025-02-10');
    await page.getByLabel('Last night').fill('2025-02-01');
    await page.getByRole('button', { name: 'Show these nights' }).click();
    await expect(page.getByText('The first night must be on or before the last night')).toBeVisible();
    const [, toDefault] = countOf(await trends.figureValue('logged').innerText());
    expect(toDefault).toBe(91);
  });

  test('“Show as table” shows the same numbers as the headline', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.goto('?period=4w');
    const [logged, nights] = countOf(await trends.figureValue('logged').innerText());
    const episodeNights = Number(/^(\d+) of \d+ logged nights$/.exec(await trends.figure('frequency').getByText(/logged nights$/).innerText())![1]);
    await trends.waitForCharts();

    await trends.showTable('Severity per night');
    const severityTable = page.getByRole('table', { name: 'Worst severity per night, newest first' });
    await expect(severityTable).toBeVisible();
    await expect(severityTable.locator('tbody tr')).toHaveCount(nights);
    await expect(severityTable.locator('tbody tr:not([data-status="u"])')).toHaveCount(logged);
    await expect(severityTable.locator('tbody tr[data-status="e"]')).toHaveCount(episodeNights);
    await expect(trends.chart('Severity per night')).toHaveCount(0);

    await trends.showTable('Nights with episodes per week');
    const totals = page.getByRole('table', { name: 'Nights with episodes per week' }).getByRole('row', { name: /^All weeks/ });
    await expect(totals.getByRole('cell').first()).toHaveText(`${logged} of ${nights}`);
    await expect(totals.getByRole('cell').nth(1)).toHaveText(String(episodeNights));

    // Back to the chart.
    await page.getByRole('button', { name: 'Show as chart: Severity per night' }).click();
    await expect(trends.chart('Severity per night')).toBeVisible();
  });

  test('a factor can be marked on the severity chart, and a night opens in History', async ({ page }) => {
    const trends = new TrendsPage(page);
    await trends.goto('?period=4w');
    await page.getByLabel('Mark nights with a factor').selectOption({ label: 'Alcohol' });
    await page.getByRole('button', { name: 'Mark on chart' }).click();
    await expect(page).toHaveURL(/factor=alcohol/);
    await expect(page.getByText(/^Marked nights \(Had alcohol\): \d+ of \d+ nights/)).toBeVisible();
    await expect(trends.card('Severity per night').locator('.recharts-legend-wrapper')).toContainText('Had alcohol');
    await expect(trends.periodLink('4 weeks')).toHaveAttribute('aria-current', 'page');

    const chart = trends.chart('Severity per night');
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    await chart.click({ position: { x: box.width * 0.6, y: box.height * 0.4 } });
    await expect(page).toHaveURL(/\/history\/\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole('heading', { name: /^Night of / })).toBeVisible();
  });

  test('axe finds no violations in the light and the dark theme', async ({ page }) => {
    // Axe over every chart and table twice takes most of a minute on this 2-core machine.
    test.slow();
    const trends = new TrendsPage(page);
    await trends.goto('?period=3m&factor=caffeine');
    await trends.waitForCharts();
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole('button', { name: 'Theme: system' }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await trends.waitForCharts();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await trends.showTable('Severity per night');
    await trends.showTable('Onset time per week');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test('an account with nothing logged gets a helpful empty state', async ({ page, user }) => {
  expect(user.email).toContain('@');
  const trends = new TrendsPage(page);
  await trends.goto();
  await expect(page.getByRole('heading', { name: 'Nothing to chart yet' })).toBeVisible();
  await expect(page.getByRole('application')).toHaveCount(0);
  await page.getByRole('link', { name: 'Log last night on Today' }).click();
  await expect(page).toHaveURL(/\/today$/);
  await trends.goto();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
