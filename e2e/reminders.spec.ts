import ICAL from 'ical.js';
import { expect, randomClientAddress, test } from './fixtures';
import { SignUpPage } from './pages/auth-pages';
import { SettingsPage } from './pages/settings';
import { TodayPage } from './pages/today';

// The account takes the browser's zone at sign-up: one with a daylight-saving change ahead.
test.use({ timezoneId: 'Europe/Berlin' });

/** The first `count` occurrences as instants, read as a calendar app reads the file (ical.js). */
function occurrences(ics: string, count: number): Date[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const iterator = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
  const out: Date[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) out.push(next.toJSDate());
  return out;
}
const berlinTime = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeStyle: 'short' }).format(d);

test('Settings: both reminders download as daily calendar events at local times, across the next clock change', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(page.getByRole('heading', { name: 'Reminders' })).toBeVisible();

  const evening = await settings.downloadReminder('Bedtime routine reminder', '22:15');
  expect(evening).toContain('SUMMARY:Stillnight: bedtime routine');
  expect(evening).toMatch(/^DTSTART;TZID=Europe\/Berlin:\d{8}T221500\r$/m);
  // 200 days: through the spring change. Every one at 22:15 in Berlin, at two different UTC hours.
  const nights = occurrences(evening, 200);
  expect(new Set(nights.map(berlinTime))).toEqual(new Set(['22:15']));
  expect(new Set(nights.map((d) => d.toISOString().slice(11, 16)))).toEqual(new Set(['21:15', '20:15']));

  const morning = await settings.downloadReminder('“Log last night” reminder');
  expect(morning).toContain('SUMMARY:Stillnight: log last night');
  expect(occurrences(morning, 3).map(berlinTime)).toEqual(['08:00', '08:00', '08:00']);

  // An empty time is refused at the field, and nothing downloads.
  const form = page.getByRole('form', { name: 'Bedtime routine reminder' });
  await form.getByLabel('Bedtime routine reminder').fill('');
  await form.getByRole('button', { name: 'Add to my calendar (.ics)' }).click();
  await expect(form.getByLabel('Bedtime routine reminder')).toHaveAccessibleDescription('Enter a time as HH:MM, e.g. 21:30');
});

test('the reminder route refuses bad input with field messages, and signed out', async ({ page, user, playwright }) => {
  expect(user).toBeTruthy();
  const bad = await page.request.get('/api/reminders?kind=noon&time=25:00', { failOnStatusCode: false });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(Object.keys(body.fieldErrors).sort()).toEqual(['kind', 'time']);
  const signedOut = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() },
  });
  expect((await signedOut.get('/api/reminders?kind=evening&time=21:30', { failOnStatusCode: false })).status()).toBe(401);
  await signedOut.dispose();
});

test('the app asks for last night while it is not logged: “Log it now” logs it, “Not now” waits for the next night', async ({ page, user, browser }) => {
  expect(user).toBeTruthy();
  const banner = page.getByRole('complementary', { name: 'Last night is not logged' });
  const today = new TodayPage(page);
  await today.goto();
  await expect(banner).toContainText(/Last night \(.+\) is not logged yet\./);
  await banner.getByRole('link', { name: 'Log it now' }).click();
  await expect(page).toHaveURL(/\/history\/\d{4}-\d{2}-\d{2}$/);
  await expect(banner).toHaveCount(0);
  await page.getByRole('button', { name: 'No symptoms that night' }).click();
  await expect(page.getByTestId('last-night-status')).toHaveText(/No symptoms/);
  await today.goto();
  await expect(page.getByTestId('last-night-status')).toHaveText(/No symptoms/);
  await expect(banner).toHaveCount(0);

  // Another account, nothing logged: "Not now" hides the banner, and it stays hidden after a reload.
  const context = await browser.newContext({
    timezoneId: 'Europe/Berlin',
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() },
  });
  const other = await context.newPage();
  const id = crypto.randomUUID().slice(0, 8);
  await new SignUpPage(other).signUp({ name: `Other ${id}`, email: `other-${id}@example.com`, password: `quiet legs ${id}` });
  const otherBanner = other.getByRole('complementary', { name: 'Last night is not logged' });
  await expect(otherBanner).toBeVisible();
  await otherBanner.getByRole('button', { name: 'Not now' }).click();
  await expect(otherBanner).toHaveCount(0);
  await other.reload();
  await expect(other.getByRole('heading', { name: /^Hello,/ })).toBeVisible();
  await expect(otherBanner).toHaveCount(0);
  await context.close();
});
