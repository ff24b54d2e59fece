import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/settings');
    await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  }

  devices() {
    return this.page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem');
  }

  /** Downloads a reminder's calendar file at `time` (empty: leaves the field empty) and returns its text. */
  async downloadReminder(form: 'Bedtime routine reminder' | '“Log last night” reminder', time?: string): Promise<string> {
    const scope = this.page.getByRole('form', { name: form });
    if (time !== undefined) await scope.getByLabel(form).fill(time);
    const download = this.page.waitForEvent('download');
    await scope.getByRole('button', { name: 'Add to my calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^stillnight-(evening|morning)-reminder\.ics$/);
    return readFile(await file.path(), 'utf8');
  }

  /** Downloads the export in a format; returns its file name and path. */
  async downloadExport(format: 'JSON' | 'CSV'): Promise<{ name: string; path: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: format === 'JSON' ? 'Download all my data (JSON)' : 'Download as spreadsheets (CSV, ZIP)' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), path: await file.path() };
  }

  /** Imports a file; the answer (success or refusal) is then shown in the import form. */
  async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }, { merge = false } = {}) {
    const form = this.importForm();
    await form.getByLabel('Export file (.json)').setInputFiles(file);
    await form.getByLabel('Add to my data (skip what is already here)').setChecked(merge);
    await form.getByRole('button', { name: 'Import' }).click();
  }

  importForm() {
    return this.page.getByRole('form', { name: 'Import an export' });
  }

  async saveProfile() {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }

  async signOutOtherDevice() {
    await expect(this.devices()).toHaveCount(2);
    await this.devices().filter({ hasNotText: 'This device' }).getByRole('button', { name: 'Sign out' }).click();
    await expect(this.devices()).toHaveCount(1);
    await expect(this.devices()).toContainText('This device');
  }

  async signOutEverywhere() {
    await this.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await this.page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }

  async changePassword(currentPassword: string, newPassword: string) {
    await this.page.getByLabel('Current password').fill(currentPassword);
    await this.page.getByLabel('New password').fill(newPassword);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }

  async deleteAccount(password: string) {
    await this.page.getByRole('button', { name: 'Delete my account…' }).click();
    await this.page.getByLabel('Your password').fill(password);
    await this.page.getByRole('button', { name: 'Delete my account and all my data' }).click();
  }
}
