import { expect, type Page } from '@playwright/test';

export type Credentials = { name: string; email: string; password: string };

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/sign-up');
    await expect(this.page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  }

  async fill({ name, email, password }: Partial<Credentials>) {
    if (name !== undefined) await this.page.getByLabel('Your name').fill(name);
    if (email !== undefined) await this.page.getByLabel('Email').fill(email);
    if (password !== undefined) await this.page.getByLabel('Password').fill(password);
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  async signUp(credentials: Credentials) {
    await this.goto();
    await this.fill(credentials);
    await this.submit();
    // The first sign-up on a cold server loads the common-password list; a loaded machine takes a while.
    await expect(this.page).toHaveURL(/\/today$/, { timeout: 30_000 });
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  }

  async signIn({ email, password }: Pick<Credentials, 'email' | 'password'>) {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}

export class AppShell {
  constructor(private readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async open(section: string) {
    await this.nav().getByRole('link', { name: section }).click();
    await expect(this.page.getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
  }

  signOutButton() {
    // The header's: Settings also lists a "Sign out" per device.
    return this.page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true });
  }

  async signOut() {
    await this.signOutButton().click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }

  /** The question sign-out asks while entries of this account are not sent yet. */
  signOutQuestion() {
    return this.page.getByRole('alertdialog');
  }

  /** "N entries are saved on this device and will be sent when you are back online." */
  pendingNotice() {
    return this.page.getByText(/saved on this device and will be sent/);
  }

  /** Entries on this device that belong to an account other than the one signed in. */
  otherAccountNotice() {
    return this.page.getByText(/saved on this device belongs? to another account/);
  }
}
