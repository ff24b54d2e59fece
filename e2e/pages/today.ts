import { expect, type Page } from '@playwright/test';

export class TodayPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/today');
    await expect(this.page.getByRole('heading', { name: /^Hello,/ })).toBeVisible();
  }

  startButton() {
    return this.page.getByRole('button', { name: 'Episode started' });
  }

  async startEpisode() {
    await this.startButton().click();
    await expect(this.page.getByRole('timer')).toBeVisible();
  }

  async endEpisode(severity: number) {
    await this.page.getByRole('button', { name: 'Episode ended' }).click();
    await this.page.getByRole('button', { name: new RegExp(`^${severity}:`) }).click();
    await expect(this.page.getByText(`Severity ${severity} recorded`)).toBeVisible();
  }

  lastNightStatus() {
    return this.page.getByTestId('last-night-status');
  }
}

export class EpisodeFormPage {
  constructor(private readonly page: Page) {}

  async fill({ start, end, severity, areas = [] }: { start?: string; end?: string; severity?: number; areas?: string[] }) {
    if (start !== undefined) await this.page.getByLabel('Started').fill(start);
    if (end !== undefined) await this.page.getByLabel('Ended').fill(end);
    if (severity !== undefined) await this.page.getByRole('button', { name: new RegExp(`^${severity}:`) }).click();
    for (const area of areas) await this.page.getByText(area, { exact: true }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: /^Save (episode|changes)$/ }).click();
  }
}
