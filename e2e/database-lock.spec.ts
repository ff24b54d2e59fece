import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { isOneRunPerServer } from './support/runs';

test('a second process on the running server’s PGlite folder is refused', async ({ page }, testInfo) => {
  test.skip(process.env.E2E_DATABASE !== 'pglite', 'only the embedded database has a folder to lock');
  test.skip(!isOneRunPerServer(testInfo), 'one run is enough');
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  const second = spawnSync(process.execPath, ['--import', 'tsx', 'db/migrate-cli.ts'], {
    env: { ...process.env, NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(/is in use by another Stillnight process \(pid \d+\)/);

  // The server kept its data folder and still answers.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
