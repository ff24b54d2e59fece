import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app would show for `secret` at `time` (the test's own, computed like the app's). */
export const totpCode = (secret: string, time = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')), digits: 6, period: 30 }).generate({ timestamp: time });

export class TwoFactorSettings {
  constructor(private readonly page: Page) {}

  card() {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: 'Two-factor sign-in' }) });
  }

  async goto() {
    await this.page.goto('/settings');
    await expect(this.page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  }

  /** Sets two-factor sign-in up as a person with an app would; returns the secret and the recovery codes. */
  async setUp(): Promise<{ secret: string; recoveryCodes: string[] }> {
    await this.card().getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await expect(this.card().getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
    const secret = await this.card().getByLabel('Set-up key').inputValue();
    await this.card().getByLabel('Code from your app').fill(totpCode(secret));
    await this.card().getByRole('button', { name: 'Turn on' }).click();
    const list = this.card().getByRole('list', { name: 'Recovery codes' });
    await expect(list.getByRole('listitem')).toHaveCount(10);
    const recoveryCodes = await list.getByRole('listitem').allTextContents();
    await this.card().getByRole('button', { name: 'I have saved them' }).click();
    await expect(this.card()).toContainText('Two-factor sign-in is on. 10 recovery codes are left.');
    return { secret, recoveryCodes };
  }

  async turnOff(password: string) {
    const open = this.card().getByRole('button', { name: 'Turn off…' });
    if (await open.isVisible()) await open.click();
    await this.card().getByLabel('Your password').fill(password);
    await this.card().getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  }
}

/** The second step of sign-in. */
export class TwoFactorStep {
  constructor(private readonly page: Page) {}

  async expectShown() {
    await expect(this.page.getByLabel('Two-factor code')).toBeVisible();
  }

  async enter(code: string) {
    await this.page.getByLabel('Two-factor code').fill(code);
    await this.page.getByRole('button', { name: 'Verify and sign in' }).click();
  }
}
