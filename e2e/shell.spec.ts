import { expect, randomClientAddress, test } from './fixtures';

const sections = ['Experiments', 'Report'];
const notBuiltYet: string[] = [];

test('the signed-in shell reaches every section, each honest about what is not built yet', async ({
  page,
  shell,
  user,
}) => {
  await expect(shell.nav().getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  for (const section of sections) {
    await shell.open(section);
    await expect(page.getByRole('heading', { name: section, level: 1 })).toBeVisible();
    await expect(page.getByText('Coming soon')).toHaveCount(notBuiltYet.includes(section) ? 1 : 0);
  }
  expect(user.email).toContain('@');
});

test('the theme can be switched and is remembered', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const html = page.locator('html');
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Theme: dark' }).click();
  await expect(html).not.toHaveClass(/dark/);
});

test('settings: name and time zone are saved', async ({ page, shell, user }) => {
  expect(user).toBeTruthy();
  await shell.open('Settings');
  await page.getByLabel('Display name').fill('Night Owl');
  await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue('Night Owl');
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');

  await page.getByLabel('Display name').fill('   ');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter a name to show in the app and on reports')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue('Night Owl');
});

test('sign out everywhere ends every session of the account', async ({ page, browser, shell, user }) => {
  const other = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() } });
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in');
  await otherPage.getByLabel('Email').fill(user.email);
  await otherPage.getByLabel('Password').fill(user.password);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage).toHaveURL(/\/today$/);

  await shell.open('Settings');
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // The other device still holds its cookie, but the session it carries was revoked.
  await otherPage.goto('/settings');
  await expect(otherPage).toHaveURL(/\/sign-in$/);
  await other.close();
});
