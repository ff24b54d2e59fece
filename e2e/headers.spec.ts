import { randomUUID } from 'node:crypto';
import type { APIResponse, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The policy's directives by name: "script-src" → ["'self'", "'nonce-…'", …]. */
function directives(csp: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

function nonceOf(csp: string | undefined): string {
  const source = directives(csp).get('script-src')?.find((v) => v.startsWith("'nonce-"));
  expect(source, 'script-src carries a nonce').toBeDefined();
  return source!.slice("'nonce-".length, -1);
}

function expectEverywhereHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(h['permissions-policy']).toContain(`${feature}=()`);
  }
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/); // the e2e server is a production build
}

function expectStrictCsp(response: APIResponse) {
  const csp = directives(response.headers()['content-security-policy']);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
}

const expectNoStore = (response: APIResponse) => expect(response.headers()['cache-control']).toMatch(/\bno-store\b/);

/** The opening tags of every <script> in the page, as the server sent them. */
const scriptTags = (html: string) => html.match(/<script\b[^>]*>/g) ?? [];

test.describe('headers on every kind of response', () => {
  test('marketing, auth and not-found pages; a static asset', async ({ request }) => {
    const marketing = await request.get('/');
    expect(marketing.status()).toBe(200);
    const signIn = await request.get('/sign-in');
    const missing = await request.get(`/no-such-page-${randomUUID()}`);
    expect(missing.status()).toBe(404);
    for (const page of [marketing, signIn, missing]) {
      expectEverywhereHeaders(page);
      expectStrictCsp(page);
    }
    expect(await missing.text()).toContain('Page not found');

    const asset = scriptTags(await signIn.text())
      .map((tag) => tag.match(/src="(\/_next\/static\/[^"]+)"/)?.[1])
      .find(Boolean);
    expect(asset).toBeDefined();
    const file = await request.get(asset!);
    expect(file.status()).toBe(200);
    expectEverywhereHeaders(file);
    expect(file.headers()['cache-control']).toContain('immutable'); // static files stay cacheable
  });

  test('signed-in page, a stranger’s id, a route handler; the signed-out redirect', async ({ page, request, user }) => {
    expect(user).toBeTruthy();
    const today = await page.request.get('/today');
    expect(today.status()).toBe(200);
    expectEverywhereHeaders(today);
    expectStrictCsp(today);
    expectNoStore(today);

    for (const stranger of [`/log/episodes/${randomUUID()}`, '/history/2020-13-45']) {
      const response = await page.request.get(stranger);
      expect(response.status(), stranger).toBe(404);
      expectStrictCsp(response);
      expectNoStore(response);
    }
    await page.goto(`/log/episodes/${randomUUID()}`);
    await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible(); // inside the app's own shell

    const status = await page.request.get('/api/session-status');
    expect(status.status()).toBe(200);
    expectEverywhereHeaders(status);
    expect(status.headers()['cache-control']).toBe('no-store');
    expect(await status.json()).toEqual({ signedIn: true, userId: expect.any(String) });

    const signedOut = await request.get('/api/session-status');
    expect(signedOut.status()).toBe(401);
    expect(signedOut.headers()['cache-control']).toBe('no-store');
    expect((await signedOut.json()).error).toBe('signed-out');

    const redirect = await request.get('/today', { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers()['location']).toMatch(/\/sign-in$/);
    expectEverywhereHeaders(redirect);
    expectNoStore(redirect);
  });
});

test('the nonce is fresh on every response and is on every script of the page', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ['/', '/sign-in', '/sign-in', '/sign-up']) {
    const response = await request.get(path);
    const nonce = nonceOf(response.headers()['content-security-policy']);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    nonces.add(nonce);
    const tags = scriptTags(await response.text());
    expect(tags.length).toBeGreaterThan(2);
    for (const tag of tags) expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
});

async function collectViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to (execute|load|apply)/i.test(message.text())) found.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return found;
}

test('pages run under the policy without a single violation', async ({ page, signUpPage, credentials }) => {
  const violations = await collectViolations(page);
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/); // only the nonced theme script sets it here
  await signUpPage.signUp(credentials); // hydrated forms and a server action under the policy
  for (const path of ['/insights', '/history', '/log', '/log/stretches', '/log/factors', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
