import { expect, randomClientAddress, test } from './fixtures';
import { SignInPage } from './pages/auth-pages';

test('sign up, sign out and sign in again', async ({ page, signUpPage, signInPage, shell, credentials }) => {
  await signUpPage.signUp(credentials);
  await expect(page.getByRole('heading', { name: `Hello, ${credentials.name}` })).toBeVisible();
  await shell.signOut();

  await page.goto('/today');
  await expect(page).toHaveURL(/\/sign-in$/);

  await signInPage.signIn({ email: credentials.email.toUpperCase(), password: credentials.password });
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByRole('heading', { name: `Hello, ${credentials.name}` })).toBeVisible();
});

test('a wrong password and an unknown email get the same message', async ({ page, signInPage, shell, user }) => {
  await shell.signOut();
  await signInPage.signIn({ email: user.email, password: 'not the password' });
  const message = page.locator('form').getByRole('alert');
  await expect(message).toHaveText(/do not match an account/);
  const wrongPasswordText = await message.textContent();

  await page.reload();
  await signInPage.signIn({ email: `nobody-${user.email}`, password: 'not the password' });
  await expect(page.locator('form').getByRole('alert')).toHaveText(wrongPasswordText!);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('after five wrong passwords from one address the right one waits there, but not elsewhere', async ({
  page,
  browser,
  signInPage,
  shell,
  user,
}) => {
  test.slow();
  await shell.signOut();
  const message = page.locator('form').getByRole('alert');
  for (let i = 1; i <= 5; i++) {
    await signInPage.signIn({ email: user.email, password: `wrong guess ${i}` });
    await expect(message).toHaveText(/do not match an account/);
    await page.reload();
  }
  await signInPage.signIn(user);
  await expect(message).toHaveText(/^Too many sign-in attempts\. Wait \d+ seconds?, then try again\.$/);
  await expect(page).toHaveURL(/\/sign-in$/);

  const elsewhere = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() } });
  const otherPage = await elsewhere.newPage();
  await otherPage.goto('/sign-in');
  await new SignInPage(otherPage).signIn(user);
  await expect(otherPage).toHaveURL(/\/today$/);
  await elsewhere.close();
});

test('invalid sign-up input shows a message per field and stores nothing', async ({
  page,
  signUpPage,
  signInPage,
  credentials,
}) => {
  await signUpPage.goto();
  await signUpPage.fill({ name: '   ', email: 'not-an-email', password: 'short' });
  await signUpPage.submit();
  await expect(page.getByText('Enter a name to show in the app and on reports')).toBeVisible();
  await expect(page.getByText('Enter a valid email address, like name@example.com')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');

  // Nothing was stored: these credentials cannot sign in.
  await signInPage.goto();
  await signInPage.signIn({ email: 'not-an-email', password: 'short' });
  await expect(page.locator('form').getByRole('alert')).toHaveText(/do not match an account/);

  // The same email twice: the second sign-up is refused with a field message.
  await signUpPage.signUp(credentials);
  await page.context().clearCookies();
  await signUpPage.goto();
  await signUpPage.fill({ ...credentials, email: credentials.email.toUpperCase() });
  await signUpPage.submit();
  await expect(page.getByText('An account with this email already exists. Sign in instead.')).toBeVisible();
});

test('one of the most common passwords is refused at sign-up, saying why', async ({ page, signUpPage, credentials }) => {
  await signUpPage.goto();
  await signUpPage.fill({ ...credentials, password: 'P@ssw0rd1' });
  await signUpPage.submit();
  await expect(page.getByText(/^This is one of the most common passwords/)).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('signed-out visitors are sent to sign in', async ({ page }) => {
  for (const path of ['/today', '/history', '/settings']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});
