import { expect, test } from './fixtures';
import { MedicationsPage } from './pages/factors';
import { StretchesPage } from './pages/stretches';
import { TodayPage } from './pages/today';

// The user's zone comes from the device at sign-up; fix it so the expected clock times are known.
const timeZone = 'Europe/Berlin';
test.use({ timezoneId: timeZone });

/** A tap three hours ago on the device's clock: the entry must keep it, not take the time it was sent. */
function earlierTap() {
  const at = new Date(Date.now() - 3 * 3600_000);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return { at, clock };
}

test('a stretch logged offline is kept on the device and sent, with the time of the tap, when back online', async ({
  page,
  context,
  user,
}) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.goto();
  await expect(stretches.noSessionsYet()).toBeVisible();

  const tap = earlierTap();
  await page.clock.setFixedTime(tap.at);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'I stretched' }).click();
  const panel = page.getByRole('region', { name: 'Log a stretch' });
  await stretches.chooseContext('Before bed', panel);
  await panel.getByRole('button', { name: /^Calf stretch/ }).click();
  await expect(panel.getByText('Saved on this device: Calf stretch, before bed. It will be sent when you reconnect.')).toBeVisible();
  await expect(page.getByText(/1 entry is saved on this device/)).toBeVisible();

  // Coming back online sends the queue by itself (no tap needed).
  await context.setOffline(false);
  await expect(page.getByText(/saved on this device and will be sent/)).toHaveCount(0);
  await expect(page.getByText(/was not accepted/)).toHaveCount(0);
  await expect(panel.getByText('Logged: Calf stretch, before bed.')).toBeVisible();
  const logged = stretches.recentSessions().getByRole('listitem');
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Calf stretch');
  await expect(logged).toContainText(`${tap.clock} · Before bed`);

  // A reload shows what the server holds: one session.
  await page.reload();
  await expect(stretches.recentSessions().getByRole('listitem')).toHaveCount(1);
});

test('a stretch logged offline can be undone before it is sent, and then nothing is sent', async ({ page, context, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.goto();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'I stretched' }).click();
  const panel = page.getByRole('region', { name: 'Log a stretch' });
  await panel.getByRole('button', { name: /^Calf stretch/ }).click();
  await expect(page.getByText(/1 entry is saved on this device/)).toBeVisible();
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/saved on this device/)).toHaveCount(0);

  await context.setOffline(false);
  await page.reload();
  await expect(stretches.noSessionsYet()).toBeVisible();
});

test('an as-needed dose logged offline is kept on the device and sent, with the time of the tap, when back online', async ({
  page,
  context,
  user,
}) => {
  expect(user).toBeTruthy();
  const meds = new MedicationsPage(page);
  await meds.goto();
  await meds.add({ name: 'Tramadol', dose: '50 mg', asNeeded: true });
  const doseForm = meds.doseForm();
  await expect(doseForm.getByLabel('Dose taken')).toHaveValue('50 mg');

  const tap = earlierTap();
  await page.clock.setFixedTime(tap.at);
  await context.setOffline(true);
  await doseForm.getByRole('button', { name: 'Log dose' }).click();
  await expect(doseForm.getByText('Tramadol: saved on this device; it will be sent when you reconnect.')).toBeVisible();
  await expect(page.getByText(/1 entry is saved on this device/)).toBeVisible();
  await expect(page.getByText('No doses logged yet.')).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText(/saved on this device and will be sent/)).toHaveCount(0);
  await expect(page.getByText(/was not accepted/)).toHaveCount(0);
  await expect(meds.recentDoses()).toHaveCount(1);
  await expect(meds.recentDoses().first()).toContainText('Tramadol · 50 mg');
  await expect(meds.recentDoses().first()).toContainText(`, ${tap.clock} · night of`);
  await expect(meds.medication('Tramadol')).toContainText('1 dose logged');
});

test('a routine that ends while offline is kept on the device and sent when back online', async ({ page, context, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.createRoutine('Offline quickie', [{ stretch: 'Walking', hold: 2, bothSides: false }]);
  // Offline before it starts: a 2-second routine can end before a busy machine gets to go offline.
  const player = await stretches.playRoutine('Offline quickie', 'Before bed', () => context.setOffline(true));
  await expect(player.getByRole('heading', { name: 'Saved on this device' })).toBeVisible({ timeout: 15_000 });
  await expect(player.getByText('It is kept on this device and will be sent when you are back online.')).toBeVisible();
  await expect(page.getByText(/1 entry is saved on this device/)).toBeAttached();

  await context.setOffline(false);
  await expect(page.getByText(/saved on this device and will be sent/)).toHaveCount(0);
  await expect(page.getByText(/was not accepted/)).toHaveCount(0);
  await player.getByRole('link', { name: 'Back to stretches' }).click();
  const logged = stretches.recentSessions().getByRole('listitem');
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Offline quickie');
  await expect(logged).toContainText('Before bed');
});

test('a symptom-free check-in made offline waits on the device, then shows as sent', async ({ page, context, user }) => {
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Last night: no symptoms' }).click();
  await expect(today.lastNightStatus()).toHaveText('No symptoms (waiting to send)');
  await expect(page.getByText('Saved on this device; it will be sent when you reconnect.')).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText('Saved: a night without symptoms.')).toBeVisible();
  await expect(today.lastNightStatus()).toHaveText('No symptoms');
  await page.reload();
  await expect(today.lastNightStatus()).toHaveText('No symptoms');
});

test('undoing an entry whose answer was lost on the way also removes it from the server', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.goto();
  // The next server action reaches the server, but its answer never comes back: the device
  // cannot tell whether it was stored, so it keeps the entry to send again.
  let loseNextAnswer = true;
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (loseNextAnswer && request.method() === 'POST' && request.headers()['next-action']) {
      loseNextAnswer = false;
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'I stretched' }).click();
  const panel = page.getByRole('region', { name: 'Log a stretch' });
  await panel.getByRole('button', { name: /^Calf stretch/ }).click();
  await expect(panel.getByText(/^Saved on this device: Calf stretch/)).toBeVisible();

  await panel.getByRole('button', { name: 'Undo' }).click();
  // Undone only when the entry is gone from the panel: a retry may have sent it meanwhile
  // ("Logged: …"), and then the undo deletes it on the server before the panel clears.
  await expect(panel.getByText(/^(Saved on this device|Logged): Calf stretch/)).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByText(/saved on this device/)).toHaveCount(0);
  await page.reload();
  await expect(stretches.noSessionsYet()).toBeVisible();
});
