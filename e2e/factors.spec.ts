import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { FactorsPage, IrlsPage, MedicationsPage, deleteWithConfirmation } from './pages/factors';

test.describe('daily factors', () => {
  test('a day is saved, edited in place, and suggests habits to the next day', async ({ page, user }) => {
    expect(user.email).toContain('@');
    const factors = new FactorsPage(page);
    await factors.goto();
    await factors.previousDay();
    await expect(factors.dayHeading()).toContainText('Not saved yet');

    // Yesterday: habits plus things that must not carry over.
    await factors.field('Caffeine (servings)').fill('2');
    await factors.field('Last caffeine at').fill('15:30');
    await factors.field('Alcohol (drinks)').fill('1');
    await factors.field('Stress (0–10)').fill('6');
    await factors.field('Iron supplement taken').selectOption('Yes');
    await factors.save();
    await factors.expectSaved();
    const yesterdayUrl = page.url();

    // Today starts from yesterday's habits, marked as a suggestion until saved.
    await factors.goto();
    await expect(factors.suggestionNote()).toBeVisible();
    await expect(factors.dayHeading()).toContainText('Not saved yet');
    await expect(factors.field('Caffeine (servings)')).toHaveValue('2');
    await expect(factors.field('Iron supplement taken')).toHaveValue('yes');
    await expect(factors.field('Alcohol (drinks)')).toHaveValue('');
    await expect(factors.field('Stress (0–10)')).toHaveValue('');

    await factors.field('Caffeine (servings)').fill('3');
    await factors.field('Exercise (minutes)').fill('30');
    await factors.field('Exercise intensity').selectOption('Moderate');
    await factors.field('Exercise time of day').selectOption('Morning');
    await factors.field('Stress (0–10)').fill('0');
    await factors.save();
    await factors.expectSaved();
    await page.reload();
    await expect(factors.dayHeading()).toContainText('Saved');
    await expect(factors.suggestionNote()).toHaveCount(0);
    await expect(factors.field('Caffeine (servings)')).toHaveValue('3');
    await expect(factors.field('Exercise intensity')).toHaveValue('moderate');
    await expect(factors.field('Stress (0–10)')).toHaveValue('0');

    // Edit the same day: a cleared field goes back to "not recorded".
    await factors.field('Exercise (minutes)').fill('');
    await factors.field('Alcohol (drinks)').fill('2');
    await factors.save();
    await factors.expectSaved();
    await page.reload();
    await expect(factors.field('Exercise (minutes)')).toHaveValue('');
    await expect(factors.field('Alcohol (drinks)')).toHaveValue('2');
    await expect(factors.field('Caffeine (servings)')).toHaveValue('3');

    // Yesterday kept its own values: one row per day.
    await page.goto(yesterdayUrl);
    await expect(factors.dayHeading()).toContainText('Saved');
    await expect(factors.field('Caffeine (servings)')).toHaveValue('2');
    await expect(factors.field('Alcohol (drinks)')).toHaveValue('1');
    await expect(factors.field('Stress (0–10)')).toHaveValue('6');
  });

  test('negative caffeine is refused with a message and nothing is stored', async ({ page, user }) => {
    expect(user).toBeTruthy();
    const factors = new FactorsPage(page);
    await factors.goto();
    await factors.field('Caffeine (servings)').fill('-1');
    await factors.field('Stress (0–10)').fill('4.5');
    await factors.save();
    await expect(page.getByText('Caffeine servings cannot be negative')).toBeVisible();
    await expect(page.getByText('Stress is a whole number from 0 to 10')).toBeVisible();
    await expect(factors.field('Caffeine (servings)')).toHaveAttribute('aria-invalid', 'true');
    await page.reload();
    await expect(factors.dayHeading()).toContainText('Not saved yet');
    await expect(factors.field('Caffeine (servings)')).toHaveValue('');
  });

  test('a future day cannot be opened', async ({ page, user }) => {
    expect(user).toBeTruthy();
    const factors = new FactorsPage(page);
    await factors.goto('2999-01-01');
    await expect(page).toHaveURL(/\/log\/factors$/);
    await expect(page.getByRole('link', { name: 'Next day' })).toHaveCount(0);
  });

  test('a custom factor is created, its value saved with the day, then archived', async ({ page, user }) => {
    expect(user).toBeTruthy();
    const factors = new FactorsPage(page);
    await factors.goto();
    await factors.addCustomFactor('Magnesium', 'Yes / no');
    await factors.addCustomFactor('Leg warmth', 'Scale 0–10');
    await factors.addCustomFactor('Screen time', 'Number', 'hours');

    await factors.field('Magnesium').selectOption('Yes');
    await factors.field('Leg warmth (0–10)').fill('11');
    await factors.field('Screen time (hours)').fill('2.5');
    await factors.field('Stress (0–10)').fill('3');
    await factors.save();
    await expect(page.getByText('Use a whole number from 0 to 10')).toBeVisible();
    await page.reload();
    await expect(factors.dayHeading()).toContainText('Not saved yet');

    await factors.field('Magnesium').selectOption('Yes');
    await factors.field('Leg warmth (0–10)').fill('7');
    await factors.field('Screen time (hours)').fill('2.5');
    await factors.save();
    await factors.expectSaved();
    await page.reload();
    await expect(factors.field('Magnesium')).toHaveValue('1');
    await expect(factors.field('Leg warmth (0–10)')).toHaveValue('7');
    await expect(factors.field('Screen time (hours)')).toHaveValue('2.5');

    await page.getByRole('button', { name: 'Archive Leg warmth' }).click();
    await expect(factors.field('Leg warmth (0–10)')).toHaveCount(0);
    await expect(page.getByText('Archived (1)')).toBeVisible();
  });
});

test.describe('medications', () => {
  test('a medication is added, a dose logged, listed and deleted', async ({ page, user }) => {
    expect(user).toBeTruthy();
    const meds = new MedicationsPage(page);
    await meds.goto();
    await expect(page.getByText('No medications yet.')).toBeVisible();
    await meds.add({ name: 'Gabapentin', dose: '300 mg', schedule: 'every evening' });
    await expect(meds.medication('Gabapentin')).toContainText('300 mg · every evening');
    await meds.add({ name: 'Codeine', dose: '30 mg', asNeeded: true });
    await expect(meds.medication('Codeine')).toContainText('as needed');

    const doseForm = meds.doseForm();
    await doseForm.getByLabel('Medication').selectOption({ label: 'Codeine (as needed)' });
    await expect(doseForm.getByLabel('Dose taken')).toHaveValue('30 mg');
    await doseForm.getByLabel('Medication').selectOption({ label: 'Gabapentin' });
    await expect(doseForm.getByLabel('Dose taken')).toHaveValue('300 mg');
    await expect(doseForm.getByLabel('Taken at')).not.toHaveValue('');
    await doseForm.getByLabel('Dose taken').fill('600 mg');
    await doseForm.getByRole('button', { name: 'Log dose' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gabapentin logged.' })).toBeVisible();
    await expect(meds.recentDoses()).toHaveCount(1);
    await expect(meds.recentDoses().first()).toContainText('Gabapentin · 600 mg');
    await expect(meds.recentDoses().first()).toContainText('night of');

    await page.reload();
    await expect(meds.recentDoses()).toHaveCount(1);
    await expect(meds.medication('Gabapentin')).toContainText('1 dose logged');

    await deleteWithConfirmation(meds.recentDoses().first(), 'Delete this dose of Gabapentin?');
    await expect(page.getByText('No doses logged yet.')).toBeVisible();

    await deleteWithConfirmation(meds.medication('Codeine'), 'Delete Codeine?');
    await expect(meds.medication('Codeine')).toHaveCount(0);
    await page.reload();
    await expect(meds.medication('Codeine')).toHaveCount(0);
    await expect(meds.medication('Gabapentin')).toBeVisible();
  });

  test('a stop date before the start date is refused', async ({ page, user }) => {
    expect(user).toBeTruthy();
    const meds = new MedicationsPage(page);
    await meds.goto();
    await meds.fillNew({ name: 'Ropinirole', startedOn: '2025-03-10', stoppedOn: '2025-03-01' });
    await meds.addForm().getByRole('button', { name: 'Add medication' }).click();
    await expect(meds.addForm().getByText('The stop date must be on or after the start date')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No medications yet.')).toBeVisible();

    await meds.add({ name: 'Ropinirole', startedOn: '2025-03-10' });
    const item = meds.medication('Ropinirole');
    await item.getByRole('button', { name: 'Stop' }).click();
    await item.getByLabel('Stop date').fill('2025-03-09');
    await item.getByRole('button', { name: 'Stop medication' }).click();
    await expect(item.getByText('The stop date must be on or after the start date').first()).toBeVisible();
    await item.getByLabel('Stop date').fill('2025-04-01');
    await item.getByRole('button', { name: 'Stop medication' }).click();
    await expect(item).toContainText('stopped');
  });
});

test.describe('IRLS scores', () => {
  test('a total of 14 shows as moderate, 41 is refused, a score can be deleted', async ({ page, user }) => {
    expect(user).toBeTruthy();
    const irls = new IrlsPage(page);
    await irls.goto();
    await expect(
      page.getByText('The International RLS Study Group Rating Scale (IRLS) total, 0–40, from the questionnaire your doctor uses.'),
    ).toBeVisible();
    await irls.record('14', '2025-03-01');
    await expect(irls.scores()).toHaveCount(1);
    await expect(irls.scores().first()).toContainText('14');
    await expect(irls.scores().first()).toContainText('Moderate');

    await irls.record('41');
    await expect(page.getByText('Enter the total as a whole number from 0 to 40')).toBeVisible();
    await page.reload();
    await expect(irls.scores()).toHaveCount(1);

    await irls.record('3');
    await expect(irls.scores()).toHaveCount(2);
    await expect(irls.scores().first()).toContainText('Mild');

    await deleteWithConfirmation(irls.scores().filter({ hasText: 'Moderate' }), /Delete the score of/);
    await expect(irls.scores()).toHaveCount(1);
    await page.reload();
    await expect(irls.scores()).toHaveCount(1);
    await expect(irls.scores().first()).toContainText('Mild');
  });
});

test('the factor, medication and IRLS pages pass an accessibility check, light and dark', async ({ page, user }) => {
  // Three pages, two themes each: over a minute on this 2-core machine.
  test.slow();
  expect(user).toBeTruthy();
  // Some content first, so lists, badges and the suggestion note are checked too.
  const factors = new FactorsPage(page);
  await factors.goto();
  await factors.previousDay();
  await factors.field('Iron supplement taken').selectOption('Yes');
  await factors.save();
  await factors.expectSaved();
  await factors.goto();
  await factors.addCustomFactor('Magnesium', 'Yes / no');
  await factors.field('Caffeine (servings)').fill('-1');
  await factors.save();
  await expect(page.getByText('Caffeine servings cannot be negative')).toBeVisible();
  const meds = new MedicationsPage(page);
  await meds.goto();
  await meds.add({ name: 'Codeine', dose: '30 mg', asNeeded: true });
  await meds.doseForm().getByRole('button', { name: 'Log dose' }).click();
  await expect(meds.recentDoses()).toHaveCount(1);
  const irls = new IrlsPage(page);
  await irls.goto();
  await irls.record('25');
  await expect(irls.scores()).toHaveCount(1);

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const path of ['/log/factors', '/log/medications', '/log/irls']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(violations.map((v) => `${theme} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});
