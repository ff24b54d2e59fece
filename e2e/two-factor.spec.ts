import { expect, test } from './fixtures';
import { TwoFactorSettings, TwoFactorStep, totpCode } from './pages/two-factor';

test('two-factor sign-in: set up, codes at sign-in, recovery codes once, off with the password', async ({
  page,
  signInPage,
  shell,
  user,
}) => {
  test.slow();
  const settings = new TwoFactorSettings(page);
  const step = new TwoFactorStep(page);
  await settings.goto();
  const { secret, recoveryCodes } = await settings.setUp();
  expect(new Set(recoveryCodes).size).toBe(10);

  const signInAgain = async () => {
    await shell.signOut();
    await signInPage.signIn(user);
    await step.expectShown();
    await expect(page).toHaveURL(/\/sign-in$/);
  };

  // The password alone is not enough, and a wrong code is refused.
  await signInAgain();
  const now = totpCode(secret);
  await step.enter(now === '000000' ? '000001' : '000000');
  await expect(page.getByText(/That code did not work/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  // The set-up code's time step is spent; the next step's code is accepted (one step of drift allowed).
  await step.enter(totpCode(secret, Date.now() + 30_000));
  await expect(page).toHaveURL(/\/today$/);

  // A recovery code works once.
  await signInAgain();
  await step.enter(recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/today$/);
  await signInAgain();
  await step.enter(recoveryCodes[0]!);
  await expect(page.getByText(/That code did not work/)).toBeVisible();
  await step.enter(recoveryCodes[1]!.toUpperCase());
  await expect(page).toHaveURL(/\/today$/);

  // Turning it off needs the password.
  await settings.goto();
  await expect(settings.card()).toContainText('8 recovery codes are left.');
  await settings.turnOff('not my password');
  await expect(settings.card().getByText('That is not your current password')).toBeVisible();
  await settings.turnOff(user.password);
  await expect(settings.card().getByRole('status')).toHaveText('Two-factor sign-in is off.');
  await expect(settings.card().getByRole('button', { name: 'Set up two-factor sign-in' })).toBeVisible();

  await shell.signOut();
  await signInPage.signIn(user);
  await expect(page).toHaveURL(/\/today$/);
});
