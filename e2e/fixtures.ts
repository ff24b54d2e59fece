import { randomInt, randomUUID } from 'node:crypto';
import { test as base, expect } from '@playwright/test';
import { AppShell, SignInPage, SignUpPage, type Credentials } from './pages/auth-pages';

type Fixtures = {
  /** This test's client address: the e2e servers trust one proxy, and each test is its own client. */
  clientAddress: string;
  credentials: Credentials;
  signUpPage: SignUpPage;
  signInPage: SignInPage;
  shell: AppShell;
  /** A fresh account for this test, signed in on `page`. */
  user: Credentials;
};

/** An address from 198.18.0.0/15 (set aside for tests), sent as the proxy's `X-Forwarded-For`. */
export const randomClientAddress = () => `198.18.${randomInt(256)}.${randomInt(1, 255)}`;

export const test = base.extend<Fixtures>({
  clientAddress: async ({}, use) => use(randomClientAddress()),
  extraHTTPHeaders: async ({ clientAddress }, use) => use({ 'X-Forwarded-For': clientAddress }),
  credentials: async ({}, use) => {
    const id = randomUUID().slice(0, 8);
    await use({ name: `Tester ${id}`, email: `tester-${id}@example.com`, password: `quiet legs ${id}` });
  },
  signUpPage: async ({ page }, use) => use(new SignUpPage(page)),
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  shell: async ({ page }, use) => use(new AppShell(page)),
  user: async ({ signUpPage, credentials }, use) => {
    await signUpPage.signUp(credentials);
    await use(credentials);
  },
});

export { expect };
