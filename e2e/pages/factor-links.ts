import { expect, type Page } from '@playwright/test';

export class FactorLinksPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/insights/links');
    await expect(this.page.getByRole('heading', { name: 'What’s linked', level: 1 })).toBeVisible();
  }

  row(factorName: string) {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${factorName} ·`), level: 3 }) });
  }

  suggestionButton() {
    return this.page.getByRole('link', { name: 'Set up this experiment' });
  }
}
