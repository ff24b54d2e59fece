import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell, SignInPage, SignUpPage, type Credentials } from './pages/auth-pages';
import { StretchesPage } from './pages/stretches';
import { TodayPage } from './pages/today';

/**
 * Cuts one tab off from the server actions, as a dropped connection would, while its pages and
 * sign-in keep working (the browser's offline switch would cut every tab of the context).
 */
async function cutServerActions(page: Page) {
  let cut = true;
  await page.route('**/*', (route) =>
    cut && route.request().method() === 'POST' && route.request().headers()['next-action']
      ? route.abort('internetdisconnected')
      : route.continue(),
  );
  return () => void (cut = false);
}

/** Everything the page's origin keeps in the browser's storage. */
const deviceStorage = (page: Page) =>
  page.evaluate(() => ({ local: Object.entries(localStorage), session: Object.entries(sessionStorage) }));

/** Two entries made on Today that cannot reach the server: a symptom-free night and a stretch. */
async function logTwoEntriesUnsent(page: Page) {
  const today = new TodayPage(page);
  await page.getByRole('button', { name: 'Last night: no symptoms' }).click();
  await expect(today.lastNightStatus()).toHaveText('No symptoms (waiting to send)');
  await page.getByRole('button', { name: 'I stretched' }).click();
  const panel = page.getByRole('region', { name: 'Log a stretch' });
  await panel.getByRole('button', { name: /^Calf stretch/ }).click();
  await expect(panel.getByText(/^Saved on this device: Calf stretch/)).toBeVisible();
  await expect(page.getByText('2 entries are saved on this device and will be sent when you are back online.')).toBeVisible();
}

type Stored = { key: string; owner?: string }[];
const storedOutbox = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('stillnight-outbox') ?? '[]')) as Promise<Stored>;

function otherCredentials(): Credentials {
  const id = randomUUID().slice(0, 8);
  return { name: `Other ${id}`, email: `other-${id}@example.com`, password: `other legs ${id}` };
}

test("entries queued in one account are never stored in another that signs in in another tab; they wait for their owner and are sent once", async ({
  page: tab1,
  context,
  user: a,
}) => {
  const restore = await cutServerActions(tab1);
  await logTwoEntriesUnsent(tab1);
  const queued = await storedOutbox(tab1);
  const ownerA = queued[0]?.owner;
  expect(ownerA).toBeTruthy();
  expect(queued.map((i) => i.owner)).toEqual([ownerA, ownerA]);

  // B signs up in a second tab of the same browser: the cookie jar is shared, so tab 1's requests now carry B's session.
  const tab2 = await context.newPage();
  const b = otherCredentials();
  await new SignUpPage(tab2).signUp(b);
  const shell2 = new AppShell(tab2);
  await expect(shell2.otherAccountNotice()).toHaveText(
    '2 entries saved on this device belong to another account than the one signed in now, so they were not sent. Sign in as that account to send them.',
  );

  // Tab 1's retry: refused by the server, kept for A, and not tried again.
  let actionsSent = 0;
  tab1.on('request', (r) => void (r.headers()['next-action'] && actionsSent++));
  restore();
  const shell1 = new AppShell(tab1);
  await tab1.getByRole('button', { name: 'Try now' }).click();
  await expect(shell1.otherAccountNotice()).toBeVisible();
  await expect(tab1.getByRole('button', { name: 'Try now' })).toHaveCount(0);
  expect(await storedOutbox(tab1)).toEqual(queued);
  await tab1.evaluate(() => window.dispatchEvent(new Event('online')));

  // Nothing of A's reached B's account.
  await tab2.reload();
  await expect(new TodayPage(tab2).lastNightStatus()).toHaveText('Not logged');
  const stretches2 = new StretchesPage(tab2);
  await stretches2.goto();
  await expect(stretches2.noSessionsYet()).toBeVisible();
  // One refused send, then none: the 'online' retry above sent nothing.
  expect(actionsSent).toBe(1);

  // B has nothing unsent, so signs out without a question; A's entries stay for A.
  await shell2.signOut();
  expect(await storedOutbox(tab2)).toEqual(queued);

  // A signs in again: the entries are sent, once, to A.
  await new SignInPage(tab2).signIn(a);
  await expect(tab2).toHaveURL(/\/today$/);
  await expect(new TodayPage(tab2).lastNightStatus()).toHaveText('No symptoms');
  await expect(shell2.pendingNotice()).toHaveCount(0);
  await expect(shell2.otherAccountNotice()).toHaveCount(0);
  await expect(tab1.getByText(/saved on this device/)).toHaveCount(0);
  await expect(tab2.getByText(/was not accepted/)).toHaveCount(0);
  expect(await storedOutbox(tab2)).toEqual([]);
  await stretches2.goto();
  await expect(stretches2.recentSessions().getByRole('listitem')).toHaveCount(1);
  await expect(stretches2.recentSessions()).toContainText('Calf stretch');
});

test('sign-out warns about entries not sent yet, and after it nothing of the account is left on the device', async ({
  page,
  user,
  shell,
}) => {
  await cutServerActions(page);
  await logTwoEntriesUnsent(page);
  const queued = await storedOutbox(page);
  const owner = queued[0]?.owner;
  expect(owner).toBeTruthy();

  await shell.signOutButton().click();
  await expect(shell.signOutQuestion()).toHaveAccessibleName(
    '2 entries are not sent yet. Signing out deletes them from this device.',
  );
  await shell.signOutQuestion().getByRole('button', { name: 'Cancel' }).click();
  await expect(shell.signOutQuestion()).toHaveCount(0);
  await expect(page).toHaveURL(/\/today$/);
  expect(await storedOutbox(page)).toHaveLength(2);

  await shell.signOutButton().click();
  await shell.signOutQuestion().getByRole('button', { name: 'Sign out and delete' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const left = await deviceStorage(page);
  expect(left.local.map(([key]) => key)).not.toContain('stillnight-outbox');
  const everything = JSON.stringify(left);
  for (const trace of [owner!, user.email, user.name, ...queued.map((i) => i.key)]) expect(everything).not.toContain(trace);
  expect(left.session).toEqual([]);
});

test('"sign out everywhere" asks the same question and clears the same way', async ({ page, user, shell }) => {
  const restore = await cutServerActions(page);
  await logTwoEntriesUnsent(page);
  const owner = (await storedOutbox(page))[0]?.owner;
  expect(owner).toBeTruthy();
  await shell.open('Settings');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByText('2 entries are not sent yet. Signing out deletes them from this device.')).toBeVisible();
  restore(); // the sign-out action itself must reach the server
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const everything = JSON.stringify(await deviceStorage(page));
  for (const trace of ['stillnight-outbox', owner!, user.email]) expect(everything).not.toContain(trace);
});
