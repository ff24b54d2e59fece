import { expect, type Locator, type Page } from '@playwright/test';

export class FactorsPage {
  constructor(private readonly page: Page) {}

  async goto(day?: string) {
    await this.page.goto(day ? `/log/factors?day=${day}` : '/log/factors');
    await expect(this.page.getByRole('heading', { name: 'Daily factors', level: 1 })).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The day card's heading, which says whether the day is saved. */
  dayHeading(): Locator {
    return this.page.getByRole('heading', { level: 2 }).filter({ hasText: /Saved|Not saved yet/ });
  }

  suggestionNote(): Locator {
    return this.page.getByRole('note').filter({ hasText: 'Suggested from' });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save factors' }).click();
  }

  async expectSaved() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Factors saved for' })).toBeVisible();
  }

  async previousDay() {
    await this.page.getByRole('link', { name: 'Previous day' }).click();
    await expect(this.page).toHaveURL(/\/log\/factors\?day=\d{4}-\d{2}-\d{2}$/);
    await expect(this.dayHeading()).not.toContainText('Today');
  }

  async addCustomFactor(name: string, kind: 'Yes / no' | 'Number' | 'Scale 0–10', unit?: string) {
    const form = this.page.getByRole('form', { name: 'Add a factor' });
    await form.getByLabel('Factor name').fill(name);
    await form.getByLabel('Kind').selectOption({ label: kind });
    if (unit !== undefined) await form.getByLabel('Unit (optional)').fill(unit);
    await form.getByRole('button', { name: 'Add factor' }).click();
    await expect(this.page.getByRole('list', { name: 'Your factors' }).getByText(name, { exact: true })).toBeVisible();
  }
}

export type NewMedication = {
  name: string;
  dose?: string;
  schedule?: string;
  asNeeded?: boolean;
  startedOn?: string;
  stoppedOn?: string;
};

export class MedicationsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/log/medications');
    await expect(this.page.getByRole('heading', { name: 'Medications', level: 1 })).toBeVisible();
  }

  addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a medication' });
  }

  async fillNew(m: NewMedication) {
    const form = this.addForm();
    await form.getByLabel('Name').fill(m.name);
    if (m.dose !== undefined) await form.getByLabel('Usual dose').fill(m.dose);
    if (m.schedule !== undefined) await form.getByLabel('Schedule').fill(m.schedule);
    if (m.asNeeded) await form.getByLabel('Taken as needed').check();
    if (m.startedOn !== undefined) await form.getByLabel('Started on').fill(m.startedOn);
    if (m.stoppedOn !== undefined) await form.getByLabel('Stopped on').fill(m.stoppedOn);
  }

  async add(m: NewMedication) {
    await this.fillNew(m);
    await this.addForm().getByRole('button', { name: 'Add medication' }).click();
    await expect(this.medication(m.name)).toBeVisible();
  }

  medication(name: string): Locator {
    return this.page.getByRole('list', { name: 'Your medications' }).getByRole('listitem', { name, exact: true });
  }

  doseForm(): Locator {
    return this.page.getByRole('form', { name: 'Log a dose' });
  }

  recentDoses(): Locator {
    return this.page.getByRole('list', { name: 'Recent doses' }).getByRole('listitem');
  }
}

export class IrlsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/log/irls');
    await expect(this.page.getByRole('heading', { name: 'IRLS score', level: 1 })).toBeVisible();
  }

  async record(total: string, date?: string) {
    if (date !== undefined) await this.page.getByLabel('Date', { exact: true }).fill(date);
    await this.page.getByLabel('IRLS total (0–40)').fill(total);
    await this.page.getByRole('button', { name: 'Save score' }).click();
  }

  scores(): Locator {
    return this.page.getByRole('list', { name: 'Past scores' }).getByRole('listitem');
  }
}

/** Clicks an item's Delete, then confirms it. */
export async function deleteWithConfirmation(item: Locator, question: string | RegExp) {
  await item.getByRole('button', { name: 'Delete' }).click();
  const confirm = item.getByRole('group', { name: question });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Yes, delete' }).click();
}
