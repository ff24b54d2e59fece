import { expect, test } from './fixtures';
import { AppShell } from './pages/auth-pages';
import { OfflineApp } from './pages/offline-app';
import { StretchesPage } from './pages/stretches';
import { TodayPage } from './pages/today';

/**
 * A zone where it is now late afternoon, so the episode belongs to tonight and the check-in to
 * last night, whatever the hour of the run (fixed offsets: Etc/GMT-12 is UTC+12).
 */
function afternoonZone(): string {
  let offset = (17 - new Date().getUTCHours() + 24) % 24;
  if (offset > 12) offset -= 24;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
test.use({ timezoneId: afternoonZone() });

test('the app opens offline: Today, the episode form; taps are queued, survive a reload, are stored once; sign-out clears it all', async ({
  page,
  context,
  user,
}) => {
  test.slow();
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  const app = new OfflineApp(page);
  const shell = new AppShell(page);
  await today.goto();
  await app.waitUntilReady(['/today', '/log/episodes/new']);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Hello,/ })).toBeVisible();

  await today.startEpisode();
  await expect(page.getByText('You are offline: the episode is kept on this device and sent when you reconnect.')).toBeVisible();
  // Reloaded from the kept copy, older than the start: the episode is still shown running.
  await page.reload();
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('1 entry is saved on this device and will be sent when you are back online.')).toBeVisible();
  await today.endEpisode(5);
  await expect(page.getByText('Saved on this device; it will be sent when you reconnect.')).toBeVisible();
  await page.getByRole('button', { name: 'Last night: no symptoms' }).click();
  await expect(today.lastNightStatus()).toHaveText('No symptoms (waiting to send)');
  await expect(page.getByText('3 entries are saved on this device and will be sent when you are back online.')).toBeVisible();

  // Another reload with no network: the app opens again, the queue is still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Hello,/ })).toBeVisible();
  await expect(page.getByText('3 entries are saved on this device and will be sent when you are back online.')).toBeVisible();
  // The kept page is older than the check-in: the card still shows it queued, not the buttons.
  await expect(today.lastNightStatus()).toHaveText('No symptoms (waiting to send)');
  await expect(page.getByRole('button', { name: 'Last night: no symptoms' })).toHaveCount(0);
  // The episode form opens offline too.
  await page.goto('/log/episodes/new');
  await expect(page.getByRole('button', { name: 'Save episode' })).toBeVisible();
  await expect(shell.pendingNotice()).toBeVisible();
  await page.goto('/today');
  await expect(page.getByRole('heading', { name: /^Hello,/ })).toBeVisible();

  // Back online: the queue goes by itself, and each entry is stored once.
  await context.setOffline(false);
  await expect(shell.pendingNotice()).toHaveCount(0);
  await expect(page.getByText(/was not accepted/)).toHaveCount(0);
  expect(await app.queuedEntries()).toEqual([]);
  await page.goto('/history');
  await expect(page.locator('[data-status="episodes"]')).toHaveCount(1);
  await expect(page.locator('[data-status="symptom_free"]')).toHaveCount(1);
  await page.locator('[data-status="episodes"]').click();
  await expect(page).toHaveURL(/\/history\/\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText(/severity 5 \(moderate\)/)).toHaveCount(1);

  // Sign-out leaves nothing of the account: no kept pages, no queue; offline, Today is not this account's.
  await today.goto();
  await app.waitUntilReady(['/today']);
  await shell.signOut();
  expect(await app.pageCacheNames()).toEqual([]);
  expect(await app.queuedEntries()).toEqual([]);
  await context.setOffline(true);
  await page.goto('/today');
  await expect(app.offlineNotice()).toBeVisible();
  await expect(page.getByText(user.name)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Hello,/ })).toHaveCount(0);
});

test('the routine player opens offline, and the session it records is sent once back online', async ({ page, context, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  const app = new OfflineApp(page);
  await stretches.createRoutine('Bedside routine', [{ stretch: 'Walking', hold: 2, bothSides: false }]);
  await stretches.goto();
  await app.waitUntilReady(['/log/stretches']);
  await app.waitUntilKept(/^\/log\/stretches\/play\/[^/]+$/);

  await context.setOffline(true);
  await page.reload();
  const player = await stretches.playRoutine('Bedside routine');
  await expect(player.getByRole('heading', { name: 'Saved on this device' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/1 entry is saved on this device/)).toBeAttached();

  await context.setOffline(false);
  await expect(page.getByText(/saved on this device and will be sent/)).toHaveCount(0);
  await stretches.goto();
  const logged = stretches.recentSessions().getByRole('listitem');
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Bedside routine');
});

test('the installed app\'s shortcuts tap their button once: a reload does not log again', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const today = new TodayPage(page);
  await page.goto('/today?action=no-symptoms');
  await expect(today.lastNightStatus()).toHaveText('No symptoms');
  await expect(page).toHaveURL(/\/today$/);

  await page.goto('/today?action=start-episode');
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('button', { name: 'Episode started' })).toHaveCount(0);
  // Already running: the shortcut has nothing to tap, and nothing new is stored.
  await page.goto('/today?action=start-episode');
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByText('An episode was already running, so it carries on.')).toHaveCount(0);
  await today.endEpisode(3);
  await page.goto('/history');
  await expect(page.locator('[data-status="episodes"]')).toHaveCount(1);
  await page.locator('[data-status="episodes"]').click();
  await expect(page.getByText(/severity 3 \(mild\)/)).toHaveCount(1);
});

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest and the service worker are served with the right headers', async ({ request }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  const body = (await manifest.json()) as {
    name: string;
    short_name: string;
    display: string;
    start_url: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose?: string }[];
    shortcuts: { name: string; url: string }[];
  };
  expect(body).toMatchObject({ name: 'Stillnight', short_name: 'Stillnight', display: 'standalone', start_url: '/today' });
  expect(body.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(body.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(body.shortcuts.map((s) => s.name)).toEqual(['Episode started', 'Last night: no symptoms']);
  for (const size of ['192x192', '512x512']) expect(body.icons.some((i) => i.sizes === size && i.purpose === 'any')).toBe(true);
  expect(body.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
  for (const icon of body.icons) {
    const file = await request.get(icon.src);
    expect(file.headers()['content-type']).toBe('image/png');
    const [w, h] = icon.sizes.split('x').map(Number);
    expect(pngSize(await file.body())).toEqual({ width: w, height: h });
  }

  const worker = await request.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toContain('application/javascript');
  expect(worker.headers()['cache-control']).toMatch(/no-cache|max-age=0/);
  const source = await worker.text();
  // The precache list of the built static files was injected.
  expect(source).toContain('/_next/static/');
  expect(source).not.toContain('self.__SW_MANIFEST');

  // Signed-out visitors reach both: no redirect to sign-in.
  const page = await request.get('/sign-in');
  expect(page.headers()['content-security-policy']).toContain("worker-src 'self'");
  expect(page.headers()['content-security-policy']).toContain("manifest-src 'self'");
});
