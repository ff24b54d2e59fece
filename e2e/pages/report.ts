import { expect, type Page } from '@playwright/test';
import { readPdf } from '../support/pdf';
import { readFile } from 'node:fs/promises';

export class ReportPage {
  constructor(private readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/report${query}`);
    await expect(this.page.getByRole('heading', { name: 'Report for your doctor', level: 1 })).toBeVisible();
  }

  preview() {
    return this.page.getByRole('article', { name: 'Restless legs: symptom report' });
  }

  /** Downloads the PDF from the page's button; its text and page count. */
  async downloadPdf(): Promise<{ name: string; text: string; pages: number }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download PDF' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), ...readPdf(await readFile(await file.path())) };
  }

  periodField(label: 'First night' | 'Last night') {
    return this.page.getByRole('form', { name: 'Period and contents' }).getByLabel(label, { exact: true });
  }

  async choosePeriod(from: string, to: string) {
    await this.periodField('First night').fill(from);
    await this.periodField('Last night').fill(to);
    await this.page.getByRole('button', { name: 'Show this report' }).click();
  }
}
