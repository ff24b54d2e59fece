import { expect, test } from './fixtures';

test('today’s factors are saved from Today and shown again, edited in place', async ({ page, user }) => {
  expect(user).toBeTruthy();
  const card = page.getByRole('heading', { name: "Today's factors" }).locator('xpath=ancestor::section');
  await card.getByLabel('Caffeine (servings)').fill('2');
  await card.getByLabel('Stress (0–10)').fill('6');
  await card.getByRole('button', { name: 'Save factors' }).click();
  await expect(card.getByText(/^Factors saved for/)).toBeVisible();

  await page.reload();
  await expect(card.getByLabel('Caffeine (servings)')).toHaveValue('2');
  await card.getByLabel('Stress (0–10)').fill('11');
  await card.getByRole('button', { name: 'Save factors' }).click();
  await expect(card.getByLabel('Stress (0–10)')).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(card.getByLabel('Stress (0–10)')).toHaveValue('6');
});
