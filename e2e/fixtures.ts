import { randomUUID } from 'node:crypto';
import { test as base, expect } from '@playwright/test';
import { AppShell, SignInPage, SignUpPage, type Credentials } from './pages/auth-pages';

type Fixtures = {
  credentials: Credentials;
  signUpPage: SignUpPage;
  signInPage: SignInPage;
  shell: AppShell;
  /** A fresh account for this test, signed in on `page`. */
  user: Credentials;
};

export const test = base.extend<Fixtures>({
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
