import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { FactorLinksPage } from './pages/factor-links';
import { TrendsPage } from './pages/trends';

async function axeInBothThemes(page: import('@playwright/test').Page) {
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test.describe('what’s linked with the demo account', () => {
  test.beforeEach(async ({ page }) => {
    await new TrendsPage(page).signInAsDemo();
  });

  test('the exploratory list, a suggestion to test and “Test this” on rows', async ({ page }) => {
    await new TrendsPage(page).goto();
    await page.getByRole('link', { name: /What’s linked/ }).click();
    const links = new FactorLinksPage(page);
    await expect(page.getByRole('heading', { name: 'What’s linked', level: 1 })).toBeVisible();
    await expect(page.getByText('Exploratory: a link is not proof.')).toBeVisible();
    await expect(page.getByText(/causes?\b/)).toHaveCount(0);

    await expect(links.suggestionButton()).toHaveAttribute('href', /^\/experiments\/new\?a=(routine|avoid|do)%3A/);
    const late = links.row('Late caffeine \\(2 p\\.m\\. or later\\)');
    await expect(late).toContainText(/Worst severity averaged \d+\.\d points higher \(95% interval/);
    await expect(late).toContainText(/Adjusted p: /);
    await expect(late.getByRole('link', { name: /^Test this/ })).toHaveAttribute('href', '/experiments/new?a=avoid%3Alate_caffeine');
    await expect(links.row('Routine: Bedtime').getByRole('link', { name: /^Test this/ })).toHaveAttribute(
      'href',
      /^\/experiments\/new\?a=routine%3A[0-9a-f-]{36}$/,
    );
    await expect(links.row('Iron supplement').getByRole('link', { name: /^Test this/ })).toHaveCount(0);
  });

  test('axe finds no violations in the light and the dark theme', async ({ page }) => {
    await new FactorLinksPage(page).goto();
    await axeInBothThemes(page);
  });
});

test('a fresh account sees “not enough data” states', async ({ page, user }) => {
  expect(user.email).toContain('@');
  const links = new FactorLinksPage(page);
  await links.goto();
  await expect(page.getByText('Exploratory: a link is not proof.')).toBeVisible();
  await expect(page.getByText(/^Nothing to suggest yet/)).toBeVisible();
  await expect(links.suggestionButton()).toHaveCount(0);
  await expect(links.row('Alcohol').first()).toContainText('Not enough data yet — about 7 more nights with and 7 without');
  await axeInBothThemes(page);
});
