import { expect, type Locator, type Page } from '@playwright/test';

export class ExperimentsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/experiments');
    await expect(this.page.getByRole('heading', { name: 'Experiments', level: 1 })).toBeVisible();
  }

  pastList(): Locator {
    return this.page.getByRole('list', { name: 'Past experiments' });
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'New experiment' });
  }

  field(label: string | RegExp): Locator {
    return this.form().getByLabel(label);
  }

  async start() {
    await this.form().getByRole('button', { name: 'Start the experiment' }).click();
  }

  /** The figures table of the result: the value of a row in the as-scheduled column. */
  figure(name: string | RegExp): Locator {
    return this.page.getByRole('table', { name: /Figures of the comparison/ }).getByRole('row', { name }).getByRole('cell').first();
  }

  scheduleTable(): Locator {
    return this.page.getByRole('table', { name: /The schedule/ });
  }

  /** Nights of the schedule as the table shows them: 'A' or 'B' per night, in order, with the night's date. */
  async scheduledNights(labelA: string): Promise<{ night: string; arm: 'A' | 'B'; washout: boolean }[]> {
    const rows = this.scheduleTable().locator('tbody tr');
    const out: { night: string; arm: 'A' | 'B'; washout: boolean }[] = [];
    for (const row of await rows.all()) {
      const condition = (await row.getByRole('cell').nth(1).innerText()).trim();
      const night = await row.getAttribute('data-night');
      out.push({ night: night!, arm: condition.startsWith(labelA) ? 'A' : 'B', washout: condition.includes('washout') });
    }
    return out;
  }
}
