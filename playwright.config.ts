import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// scripts/e2e.ts sets these per database; the defaults let `npx playwright test` run against a local build.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const debianChromium = '/usr/bin/chromium';
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  // One retry: the suite runs on a shared 2-core machine; a retried test is still reported ("flaky").
  retries: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  use: { baseURL, trace: 'retain-on-failure', launchOptions },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions } },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      NEXTAUTH_URL: baseURL,
      // The tests play the proxy: each sends its own X-Forwarded-For (e2e/fixtures.ts).
      TRUST_PROXY: '1',
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    },
  },
});
