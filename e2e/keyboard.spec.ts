import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { StretchesPage } from './pages/stretches';
import { TodayPage } from './pages/today';

/** Presses Tab (or Shift+Tab) until `target` has focus (no mouse anywhere), and checks the focus ring shows. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, 'a visible focus ring').not.toBe('none');
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Focus is on a control of the page, not lost to <body> after an action. */
async function expectFocusKept(page: Page) {
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

test('by keyboard alone: sign in, start and end an episode, check in for last night', async ({ page, user, shell }) => {
  await shell.signOut();
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(user.email);
  await tabTo(page, page.getByLabel('Password'));
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/today$/);

  const today = new TodayPage(page);
  await tabTo(page, today.startButton());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Episode ended' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The scale opens with its first choice focused; arrow-free: Tab to 6 and press Space.
  await expectFocusKept(page);
  await tabTo(page, page.getByRole('button', { name: /^6:/ }));
  await page.keyboard.press('Space');
  await expect(page.getByText('Severity 6 recorded')).toBeFocused();
  // A new episode is still one key press away, just above.
  await tabTo(page, today.startButton(), { back: true, max: 3 });

  await tabTo(page, page.getByRole('button', { name: 'Last night: no symptoms' }));
  await page.keyboard.press('Enter');
  await expect(today.lastNightStatus()).toHaveText(/No symptoms/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved: a night without symptoms.' })).toBeVisible();
});

test('by keyboard alone: the routine player, and creating an experiment', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.createRoutine('Keys only', [{ stretch: 'Yoga', hold: 30, bothSides: false }]);
  await tabTo(page, stretches.routine('Keys only').getByRole('link', { name: 'Play Keys only' }));
  await page.keyboard.press('Enter');
  const start = page.getByRole('button', { name: 'Start routine' });
  await expect(start).toBeVisible();
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  const player = page.getByRole('dialog', { name: 'Routine player: Keys only' });
  await expect(player).toBeFocused();
  await tabTo(page, player.getByRole('button', { name: 'Pause' }));
  await page.keyboard.press('Space');
  await expect(player.getByRole('button', { name: 'Resume' })).toBeFocused();
  await tabTo(page, player.getByRole('button', { name: 'Stop and save' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Session saved' })).toBeFocused();

  await page.goto('/experiments/new');
  const form = page.getByRole('form', { name: 'New experiment' });
  await tabTo(page, form.getByLabel('A: what to test'));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, form.getByLabel('Nights per block'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('0');
  await tabTo(page, form.getByRole('button', { name: 'Start the experiment' }));
  await page.keyboard.press('Enter');
  // The error is tied to its field, and the field is where focus goes.
  await expect(form.getByLabel('Nights per block')).toHaveAccessibleDescription('Enter a block length from 1 to 60 nights');
  await expect(form.getByLabel('Nights per block')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3');
  await tabTo(page, form.getByRole('button', { name: 'Start the experiment' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/experiments\/[0-9a-f-]{36}$/);
  await expect(page.getByText(/^Running: night 1 of/)).toBeVisible();
});
