import { expect, randomClientAddress, test } from './fixtures';
import { EpisodeFormPage, TodayPage } from './pages/today';

/** 'YYYY-MM-DDTHH:MM' in the browser's zone; the test account's zone is the browser's. */
/** A calendar date plus whole days, by the calendar alone (no clock, so no daylight-saving shift). */
const addDays = (isoDate: string, days: number) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const localWall = (msFromNow: number) => {
  const d = new Date(Date.now() + msFromNow);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

test('one tap starts an episode, a second start resumes it, one tap on the severity ends it', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  await today.startEpisode();

  // Reloading keeps the running episode; a new tab cannot start a second one.
  await page.reload();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(today.startButton()).toHaveCount(0);

  await today.endEpisode(6);
  await page.getByText('Left leg', { exact: true }).click();
  await page.getByText('Walking', { exact: true }).click();
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(today.startButton()).toBeVisible();

  await page.goto('/history');
  const night = page.locator('[data-status="episodes"]');
  await expect(night).toHaveCount(1);
  await night.click();
  await expect(page.getByText(/severity 6 \(moderate\)/)).toBeVisible();
  await expect(page.getByText('Where: Left leg')).toBeVisible();
  await expect(page.getByText('Helped: Walking')).toBeVisible();
});

test('a symptom-free check-in in one tap, then sleep details', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  await expect(today.lastNightStatus()).toHaveText('Not logged');
  await page.getByRole('button', { name: 'Last night: no symptoms' }).click();
  await expect(today.lastNightStatus()).toHaveText('No symptoms');

  await page.getByRole('button', { name: 'Add sleep details' }).click();
  await page.getByLabel('Hours slept').fill('7.5');
  await page.getByLabel('Times woken').fill('2');
  await page.getByLabel('Sleep quality').selectOption('4');
  await page.getByRole('button', { name: 'Save sleep' }).click();
  await expect(page.getByText('Sleep saved.')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Edit sleep' }).click();
  await expect(page.getByLabel('Hours slept')).toHaveValue('7.5');
  await expect(page.getByLabel('Sleep quality')).toHaveValue('4');

  await page.getByLabel('Times woken').fill('-1');
  await page.getByRole('button', { name: 'Save sleep' }).click();
  await expect(page.getByText('Enter a whole number from 0 to 50')).toBeVisible();
});

test('history shows symptom-free, episode and unknown nights', async ({ page, user }) => {
  expect(user).toBeTruthy();
  await page.getByRole('button', { name: 'Last night: no symptoms' }).click();
  await expect(new TodayPage(page).lastNightStatus()).toHaveText('No symptoms');

  // An episode 74 hours ago (three or four nights back, by the time of day), entered through the full form.
  await page.goto('/log/episodes/new');
  const form = new EpisodeFormPage(page);
  await form.fill({ start: localWall(-74 * 3600_000), end: localWall(-73.5 * 3600_000), severity: 8 });
  await form.save();
  await expect(page).toHaveURL(/\/history\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/severity 8 \(severe\)/)).toBeVisible();

  const episodeNight = page.url().slice(-10);
  await page.getByRole('link', { name: '← Calendar' }).click();
  await expect(page.locator('[data-status="episodes"]').filter({ hasText: '8' })).toHaveCount(1);

  // Last night and the episode's night may fall in different months (on the first days of a month):
  // count over the episode's month and the current one, so this holds on any date.
  const months = [...new Set([episodeNight.slice(0, 7), localWall(0).slice(0, 7)])];
  let symptomFree = 0;
  for (const month of months) {
    await page.goto(`/history?month=${month}`);
    await expect(page.locator('[data-status]').first()).toBeVisible();
    symptomFree += await page.locator('[data-status="symptom_free"]').count();
  }
  expect(symptomFree).toBe(1);

  // The night after the episode's comes before last night, and nothing was logged for it.
  const nextNight = addDays(episodeNight, 1);
  await page.goto(`/history?month=${nextNight.slice(0, 7)}`);
  await expect(page.locator(`[data-night="${nextNight}"]`)).toHaveAttribute('data-status', 'unknown');
  await expect(page.getByRole('link', { name: /: Not logged$/ }).first()).toBeVisible();

  // Months before the account (and before anything logged) are not a wall of "not logged".
  const monthsAgo = new Date();
  monthsAgo.setUTCDate(1);
  monthsAgo.setUTCMonth(monthsAgo.getUTCMonth() - 3);
  await page.goto(`/history?month=${monthsAgo.toISOString().slice(0, 7)}`);
  await expect(page.getByText(/Your history starts on/)).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveCount(0);
});

test('an episode can be edited and deleted, with a confirmation', async ({ page, user }) => {
  expect(user).toBeTruthy();
  await page.goto('/log/episodes/new');
  const form = new EpisodeFormPage(page);
  await form.fill({ start: localWall(-3 * 3600_000), end: localWall(-2.5 * 3600_000), severity: 3 });
  await form.save();
  await page.getByRole('link', { name: /^Edit/ }).click();
  await form.fill({ severity: 5, areas: ['Arms'] });
  await form.save();
  await expect(page.getByText(/severity 5 \(moderate\)/)).toBeVisible();
  await expect(page.getByText('Where: Arms')).toBeVisible();

  await page.getByRole('link', { name: /^Edit/ }).click();
  await page.getByRole('button', { name: 'Delete episode' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete episode' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('No episodes logged for this night.')).toBeVisible();
});

test('bad episode input is refused with a message per field and nothing is stored', async ({ page, user }) => {
  expect(user).toBeTruthy();
  await page.goto('/log/episodes/new');
  const form = new EpisodeFormPage(page);
  await form.fill({ start: localWall(-60 * 60_000), end: localWall(-90 * 60_000) });
  await form.save();
  await expect(page.getByText('Choose a severity from 0 to 10')).toBeVisible();
  await expect(page.getByText('The end must be after the start')).toBeVisible();

  await form.fill({ start: localWall(-30 * 3600_000), end: localWall(-3600_000), severity: 4 });
  await form.save();
  await expect(page.getByText(/at most 24 hours/)).toBeVisible();

  await form.fill({ start: localWall(2 * 3600_000), end: localWall(3 * 3600_000) });
  await form.save();
  await expect(page.getByText('The start cannot be in the future')).toBeVisible();

  await page.goto('/history');
  await expect(page.locator('[data-status="episodes"]')).toHaveCount(0);
});

test('a double-submitted create is stored once', async ({ page, user }) => {
  expect(user).toBeTruthy();
  await page.goto('/log/episodes/new');
  const form = new EpisodeFormPage(page);
  await form.fill({ start: localWall(-2 * 3600_000), end: localWall(-1.5 * 3600_000), severity: 7 });
  // Two quick taps, the second before the first has answered.
  const save = page.getByRole('button', { name: 'Save episode' });
  await save.evaluate((button: HTMLButtonElement) => {
    button.click();
    button.removeAttribute('disabled');
    button.click();
  });
  await expect(page).toHaveURL(/\/history\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/severity 7 \(severe\)/)).toHaveCount(1);
});

test('another user’s episode is not found', async ({ page, browser, user }) => {
  expect(user).toBeTruthy();
  await page.goto('/log/episodes/new');
  const form = new EpisodeFormPage(page);
  await form.fill({ start: localWall(-2 * 3600_000), end: localWall(-1.5 * 3600_000), severity: 2 });
  await form.save();
  await page.getByRole('link', { name: /^Edit/ }).click();
  await expect(page).toHaveURL(/\/log\/episodes\/[0-9a-f-]{36}$/);
  const episodeUrl = page.url();

  const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() } });
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-up');
  await otherPage.getByLabel('Your name').fill('Other');
  await otherPage.getByLabel('Email').fill(`other-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`);
  await otherPage.getByLabel('Password').fill('another long password');
  await otherPage.getByRole('button', { name: 'Create account' }).click();
  await expect(otherPage).toHaveURL(/\/today$/);
  const response = await otherPage.goto(episodeUrl);
  await expect(otherPage.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(response?.status()).toBe(404);
  await other.close();
});

test('an episode logged while offline is kept on the device and sent when back online', async ({ page, context, user }) => {
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  await context.setOffline(true);
  await today.startButton().click();
  await expect(page.getByText(/You are offline: the episode is kept on this device/)).toBeVisible();
  await expect(page.getByText(/1 entry is saved on this device/)).toBeVisible();
  await page.getByRole('button', { name: 'Episode ended' }).click();
  await page.getByRole('button', { name: /^4:/ }).click();
  await expect(page.getByText(/2 entries are saved on this device/)).toBeVisible();

  // Coming back online sends the queue by itself (no tap needed).
  await context.setOffline(false);
  await expect(page.getByText(/saved on this device/)).toHaveCount(0);
  await expect(page.getByText(/was not accepted/)).toHaveCount(0);
  await expect(page.getByText('Episode saved.')).toBeVisible();
  await page.goto('/history');
  await expect(page.locator('[data-status="episodes"]').filter({ hasText: '4' })).toHaveCount(1);
});

test('after an episode ends, its optional details never hide the start of the next one', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  await today.startEpisode();
  await today.endEpisode(4);
  // The details panel is open, and the next episode is still one tap away.
  await expect(page.getByRole('button', { name: 'Save details' })).toBeVisible();
  await today.startEpisode();
  await expect(page.getByRole('button', { name: 'Save details' })).toHaveCount(0);
  await today.endEpisode(7);

  await page.goto('/history');
  await page.locator('[data-status="episodes"]').click();
  await expect(page.getByText(/severity 4 \(moderate\)/)).toBeVisible();
  await expect(page.getByText(/severity 7 \(severe\)/)).toBeVisible();
});
