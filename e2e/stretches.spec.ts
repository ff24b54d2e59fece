import { expect, test } from './fixtures';
import { ExperimentsPage } from './pages/experiments';
import { StretchesPage } from './pages/stretches';

test('a short routine plays to the end and is logged', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.createRoutine('Test quickie', [
    { stretch: 'Calf stretch', hold: 2, bothSides: true },
    { stretch: 'Walking', hold: 2, bothSides: false },
  ]);
  await expect(stretches.routine('Test quickie')).toContainText('Calf stretch 1 × 2 s each side, Walking 1 × 2 s');

  const player = await stretches.playRoutine('Test quickie');
  await expect(player.getByRole('heading', { name: 'Calf stretch' })).toBeVisible();
  await expect(player.getByText('Left side', { exact: true })).toBeVisible();
  await expect(player.getByText('Next up: Calf stretch, right side')).toBeVisible();
  await expect(player.getByRole('progressbar', { name: 'Routine progress' })).toBeVisible();
  await expect(player.getByText('Right side', { exact: true })).toBeVisible({ timeout: 5_000 });
  await expect(player.getByRole('heading', { name: 'Walking' })).toBeVisible({ timeout: 5_000 });
  await expect(player.getByText('Next up: the end of the routine')).toBeVisible();
  await expect(player.getByRole('heading', { name: 'Session saved' })).toBeVisible({ timeout: 15_000 });
  await expect(player.getByText(/^Completed: \d+ s of stretching, before bed\.$/)).toBeVisible();

  await player.getByRole('link', { name: 'Back to stretches' }).click();
  const logged = stretches.recentSessions().getByRole('listitem');
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Test quickie');
  await expect(logged).toContainText('Before bed');
  await expect(logged).not.toContainText('Stopped early');
});

test('a routine paused and then stopped early is logged as partial', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.createRoutine('Long calf', [{ stretch: 'Calf stretch', hold: 120, repetitions: 2, bothSides: true }]);
  const player = await stretches.playRoutine('Long calf', 'During an episode');
  await expect(player.getByText('Stretch 1 of 1 · round 1 of 2')).toBeVisible();

  await player.getByRole('button', { name: 'Pause' }).click();
  await expect(player.getByText('Paused', { exact: true })).toBeVisible();
  const timer = player.getByRole('timer', { name: 'Time left' });
  const frozen = await timer.textContent();
  await page.waitForTimeout(1_500);
  await expect(timer).toHaveText(frozen!);
  await player.getByRole('button', { name: 'Resume' }).click();

  await player.getByRole('button', { name: 'Skip' }).click();
  await expect(player.getByText('Right side', { exact: true })).toBeVisible();
  await expect(timer).toHaveText(/^(2:00|1:59)$/);

  await player.getByRole('button', { name: 'Stop and save' }).click();
  await expect(player.getByRole('heading', { name: 'Session saved' })).toBeVisible();
  await expect(player.getByText(/^Stopped early after \d+ s of stretching, during an episode\.$/)).toBeVisible();

  await stretches.goto();
  const logged = stretches.recentSessions().getByRole('listitem');
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText('Long calf');
  await expect(logged).toContainText('Stopped early');
  await expect(logged).toContainText('During an episode');
});

test('holds of 0 and of 31 minutes are refused and nothing is stored', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  for (const hold of ['0', String(31 * 60)]) {
    await stretches.goto();
    await page.getByLabel('What did you do?').selectOption({ label: 'Calf stretch' });
    await page.getByLabel('Hold (seconds)').fill(hold);
    await page.getByRole('button', { name: 'Log session' }).click();
    await expect(page.getByText('Hold for 1 second to 30 minutes')).toBeVisible();
    await expect(page.getByLabel('Hold (seconds)')).toHaveAttribute('aria-invalid', 'true');
  }
  await page.reload();
  await expect(stretches.noSessionsYet()).toBeVisible();

  // The routine editor refuses them too, per step.
  await page.getByRole('link', { name: 'New routine' }).click();
  await page.getByLabel('Routine name').fill('Too long');
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(page.getByText('Add at least one stretch')).toBeVisible();
  await page.getByRole('button', { name: 'Add stretch' }).click();
  await stretches.step(1).getByLabel('Hold (seconds)').fill(String(31 * 60));
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(stretches.step(1).getByText('Hold for 1 second to 30 minutes')).toBeVisible();
  await stretches.goto();
  await expect(page.getByText('No routines yet.')).toBeVisible();
});

test('a valid stretch logged by hand appears in recent sessions; one tap logs a quick stretch', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.goto();
  await page.getByLabel('What did you do?').selectOption({ label: 'Front-thigh (quadriceps) stretch' });
  await expect(page.getByLabel('Hold (seconds)')).toHaveValue('30');
  await page.getByLabel('Repetitions').fill('2');
  await stretches.chooseContext('Other', page.locator('form'));
  await page.getByRole('button', { name: 'Log session' }).click();
  await expect(page.getByText('Session logged.')).toBeVisible();
  await expect(stretches.recentSessions().getByRole('listitem')).toContainText('2 × 30 s · both sides');

  await page.getByRole('button', { name: 'I stretched' }).click();
  await page.getByRole('region', { name: 'Log a stretch' }).getByRole('button', { name: /^Arm stretch/ }).click();
  await expect(page.getByText(/^Logged: Arm stretch/)).toBeVisible();
  await expect(stretches.recentSessions().getByRole('listitem')).toHaveCount(2);
  await expect(stretches.recentSessions()).toContainText('Arm stretch');
});

test('a custom stretch can be added, then hidden', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.goto();
  await page.getByRole('link', { name: 'Stretch catalog' }).click();
  await expect(page.getByRole('note')).toContainText('stop if it hurts');
  const catalog = page.getByRole('list', { name: 'Your stretches' });
  await expect(catalog.getByRole('listitem', { name: 'Calf stretch' })).toContainText('Stand facing a wall');

  await page.getByLabel('Name').fill('Ankle circles');
  await page.getByLabel('Instructions').fill('Circle each foot slowly, ten times each way.');
  await page.getByLabel('Hold (seconds)').fill('0');
  await page.getByRole('button', { name: 'Add stretch' }).click();
  await expect(page.getByText('Hold for 1 second to 30 minutes')).toBeVisible();
  await page.getByLabel('Hold (seconds)').fill('20');
  await page.getByRole('button', { name: 'Add stretch' }).click();
  await expect(page.getByText('Stretch added.')).toBeVisible();
  const mine = catalog.getByRole('listitem', { name: 'Ankle circles' });
  await expect(mine).toContainText('Yours');
  await expect(mine).toContainText('Hold 20 s on each side');

  await mine.getByRole('button', { name: 'Hide Ankle circles' }).click();
  await expect(page.getByRole('list', { name: 'Hidden stretches' }).getByRole('listitem', { name: 'Ankle circles' })).toBeVisible();
  await expect(mine).toHaveCount(0);
});

test('routine steps reorder from the keyboard', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.goto();
  await page.getByRole('link', { name: 'New routine' }).click();
  await page.getByLabel('Routine name').fill('Order test');
  for (const stretch of ['Calf stretch', 'Trunk twist']) {
    await page.getByLabel('Stretch to add').selectOption({ label: stretch });
    await page.getByRole('button', { name: 'Add stretch' }).click();
  }
  await expect(stretches.step(1)).toHaveAccessibleName('Step 1: Calf stretch');
  await stretches.step(1).getByRole('button', { name: 'Move down' }).focus();
  await page.keyboard.press('Enter');
  await expect(stretches.step(1)).toHaveAccessibleName('Step 1: Trunk twist');
  await expect(stretches.step(2)).toHaveAccessibleName('Step 2: Calf stretch');
  await expect(stretches.step(2).getByRole('button', { name: 'Move up' })).toBeFocused();
  await page.getByRole('button', { name: 'Save routine' }).click();
  await expect(stretches.routine('Order test')).toContainText('Trunk twist 1 × 20 s each side, Calf stretch');
});

test('a routine is deleted only after confirming, never while an experiment tests it; unknown routines are not found', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const stretches = new StretchesPage(page);
  await stretches.createRoutine('Doomed', [{ stretch: 'Yoga', hold: 60, bothSides: false }]);
  const routine = stretches.routine('Doomed');
  await routine.getByRole('button', { name: 'Delete Doomed' }).click();
  await expect(routine.getByText('Delete the routine “Doomed”?')).toBeVisible();
  await routine.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(routine).toBeVisible();

  // While an experiment tests the routine, it stays; once the experiment is abandoned, it can go.
  const experiments = new ExperimentsPage(page);
  await page.goto('/experiments/new');
  await experiments.field('A: what to test').selectOption({ label: 'Doomed (routine before bed)' });
  await experiments.start();
  await expect(page).toHaveURL(/\/experiments\/[0-9a-f-]{36}$/);
  const experimentUrl = page.url();
  await stretches.goto();
  await routine.getByRole('button', { name: 'Delete Doomed' }).click();
  await routine.getByRole('button', { name: 'Yes, delete routine' }).click();
  await expect(routine).toContainText('Your current experiment tests this routine.');
  await page.reload();
  await expect(routine).toBeVisible();
  await page.goto(experimentUrl);
  await page.getByRole('button', { name: 'Abandon' }).click();
  await page.getByRole('group', { name: /Abandon this experiment/ }).getByRole('button', { name: 'Abandon' }).click();
  await expect(page.getByText(/^Abandoned/).first()).toBeVisible();

  await stretches.goto();
  await routine.getByRole('button', { name: 'Delete Doomed' }).click();
  await routine.getByRole('button', { name: 'Yes, delete routine' }).click();
  await expect(routine).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('No routines yet.')).toBeVisible();

  const response = await page.goto('/log/stretches/play/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
});
