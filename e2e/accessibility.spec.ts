import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TrendsPage } from './pages/trends';
import { isOneRunPerServer, shareOfWork } from './support/runs';

const THEMES = ['light', 'dark', 'night'] as const;
// The shared report and its 'not available' page: e2e/share.spec.ts.
const PUBLIC_PAGES = ['/', '/sign-in', '/sign-up'];
const APP_PAGES = [
  '/today',
  '/log',
  '/log/episodes/new',
  '/log/stretches',
  '/log/stretches/catalog',
  '/log/stretches/routines/new',
  '/log/factors',
  '/log/medications',
  '/log/irls',
  '/history',
  '/insights',
  '/insights/links',
  '/experiments',
  '/experiments/new',
  '/report',
  '/settings',
];

/** The first link on `path` whose address matches `pattern`: the demo account's own ids. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link like ${pattern} on ${path}`);
  return href;
}

async function expectNoViolations(page: Page, path: string, theme: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveClass(theme === 'light' ? /^(?!.*\bdark\b)/ : new RegExp(`\\b${theme}\\b`));
  // Charts draw after hydration: axe should see them.
  if (path.startsWith('/insights') || path.startsWith('/experiments/')) await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).analyze();
  // Soft: one run lists every page's findings.
  expect.soft(violations.map((v) => `${theme} ${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

// Each theme once in the suite: light and dark on PostgreSQL's desktop run, night on PGlite's phone run.
for (const theme of shareOfWork({ postgres: ['light', 'dark'], pglite: ['night'] }, THEMES)) {
  test(`axe finds nothing on any page in the ${theme} theme (demo account)`, async ({ page }, testInfo) => {
    test.skip(!isOneRunPerServer(testInfo), 'each theme once per server: the pages are the same on every viewport');
    test.setTimeout(240_000);
    await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
    for (const path of PUBLIC_PAGES) await expectNoViolations(page, path, theme);

    await new TrendsPage(page).signInAsDemo();
    const night = await firstLink(page, '/history', /^\/history\/\d{4}-\d{2}-\d{2}$/);
    const dynamic = [
      night,
      await firstLink(page, night, /^\/log\/episodes\/[0-9a-f-]{36}$/).catch(() => null),
      await firstLink(page, '/log/stretches', /^\/log\/stretches\/play\/[0-9a-f-]{36}$/),
      await firstLink(page, '/log/stretches', /^\/log\/stretches\/routines\/[0-9a-f-]{36}$/),
      await firstLink(page, '/experiments', /^\/experiments\/[0-9a-f-]{36}$/),
    ].filter((p): p is string => p !== null);
    for (const path of [...APP_PAGES, ...dynamic]) await expectNoViolations(page, path, theme);
  });
}
