import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../../lib/demo/account';

export type HeadlineId = 'logged' | 'frequency' | 'mean_severity' | 'median_severity' | 'sleep';

export class TrendsPage {
  constructor(private readonly page: Page) {}

  /** Signs in as the seeded demo account: read it, never change it (other specs use it at the same time; only
   * experiments.spec replaces its running experiment, in one test on one project). */
  async signInAsDemo() {
    await this.page.goto('/sign-in');
    await this.page.getByLabel('Email').fill(DEMO_EMAIL);
    await this.page.getByLabel('Password').fill(DEMO_PASSWORD);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    // Several tests sign the demo in at once; on a busy machine that takes a while. A refusal
    // fails at once, with the form's own words (Next's route announcer is an alert too, outside the form).
    const refusal = this.page.locator('form').getByRole('alert');
    await expect(this.page.getByRole('heading', { name: /^Hello, /, level: 1 }).or(refusal).first()).toBeVisible({ timeout: 30_000 });
    if ((await refusal.count()) > 0) throw new Error(`The demo sign-in was refused: ${await refusal.first().innerText()}`);
    await expect(this.page).toHaveURL(/\/today$/);
  }

  async goto(query = '') {
    await this.page.goto(`/insights${query}`);
    await expect(this.page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  }

  periodLink(name: string) {
    return this.page.getByRole('navigation', { name: 'Period' }).getByRole('link', { name, exact: true });
  }

  /** The value shown for a headline figure, e.g. "24 of 28". */
  figureValue(id: HeadlineId): Locator {
    return this.page.locator(`[data-figure="${id}"]`).getByRole('definition').locator('span').first();
  }

  figure(id: HeadlineId): Locator {
    return this.page.locator(`[data-figure="${id}"]`);
  }

  card(title: string): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: title, level: 2 }) });
  }

  chart(title: string): Locator {
    // The chart's own svg (legend icons are svgs too).
    return this.card(title).getByRole('application');
  }

  async showTable(title: string) {
    await this.page.getByRole('button', { name: `Show as table: ${title}` }).click();
  }

  async waitForCharts() {
    for (const title of ['Severity per night', 'Nights with episodes per week', 'Onset time per week', 'Sleep per night']) {
      await expect(this.chart(title)).toBeVisible();
    }
  }
}

/** "24 of 28" → [24, 28] */
export function countOf(text: string): [number, number] {
  const m = /^(\d+) of (\d+)$/.exec(text.trim());
  if (!m) throw new Error(`Not "N of M": ${text}`);
  return [Number(m[1]), Number(m[2])];
}
