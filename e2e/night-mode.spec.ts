import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';
import { StretchesPage } from './pages/stretches';

const NIGHT_BACKGROUND = 'rgb(17, 11, 7)'; // #110b07, the night palette's page colour

/** The page background when the document was parsed, before any script of the app ran (set by an init script). */
async function backgroundAtFirstParse(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __firstBackground: string }).__firstBackground);
}

test('Night, chosen in Settings: warm and dim on every page from the first paint, axe-clean', async ({ page, user }) => {
  test.slow();
  expect(user).toBeTruthy();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __firstBackground: string }).__firstBackground = getComputedStyle(document.body).backgroundColor;
    });
  });
  const settings = new SettingsPage(page);
  await settings.goto();
  await page.getByRole('radio', { name: 'Night (dim, warm)' }).check();
  const html = page.locator('html');
  await expect(html).toHaveClass(/\bnight\b/);
  await expect(page.getByRole('button', { name: 'Theme: night' })).toBeVisible();

  for (const path of ['/today', '/history', '/insights', '/log/stretches', '/experiments', '/settings']) {
    await page.goto(path);
    await expect(html).toHaveClass(/\bdark\b.*\bnight\b|\bnight\b.*\bdark\b/);
    // Already night when the HTML was parsed: no white page between pages or on first paint.
    expect(await backgroundAtFirstParse(page), path).toBe(NIGHT_BACKGROUND);
    // Big enough to hit in the dark: every button and form control at least 44 px high.
    const small = await page.locator('main button:visible, main input:not([type=hidden]):not([type=radio]):not([type=checkbox]):visible, main select:visible').evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small, path).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('Night from 21:00 to 07:00 in the account’s zone; at night the routine player’s cues start off', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.createRoutine('Wind down', [{ stretch: 'Yoga', hold: 30, bothSides: false }]);
  const settings = new SettingsPage(page);
  await settings.goto();
  await page.getByRole('radio', { name: 'Night from 21:00 to 07:00' }).check();
  const html = page.locator('html');

  // The account's zone is UTC (the browser's at sign-up): 22:30 is night, 12:00 is not.
  await page.clock.install({ time: new Date('2026-12-05T22:30:00Z') });
  await stretches.goto();
  await expect(html).toHaveClass(/\bnight\b/);
  await stretches.routine('Wind down').getByRole('link', { name: 'Play Wind down' }).click();
  await expect(page.getByRole('checkbox', { name: /Sound and vibration at each switch \(off by default at night\)/ })).not.toBeChecked();

  await page.clock.setFixedTime(new Date('2026-12-06T12:00:00Z'));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start routine' })).toBeVisible();
  await expect(html).not.toHaveClass(/\bnight\b/);
  await expect(page.getByRole('checkbox', { name: 'Sound and vibration at each switch' })).toBeChecked();
});
