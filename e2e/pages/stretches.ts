import { expect, type Locator, type Page } from '@playwright/test';

export type StepSpec = { stretch: string; hold: number; repetitions?: number; bothSides: boolean };

export class StretchesPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/log/stretches');
    await expect(this.page.getByRole('heading', { name: 'Stretches', level: 1 })).toBeVisible();
  }

  recentSessions(): Locator {
    return this.page.getByRole('list', { name: 'Recent sessions' });
  }

  noSessionsYet(): Locator {
    return this.page.getByText(/No stretch sessions in the last/);
  }

  routine(name: string): Locator {
    return this.page.getByRole('listitem', { name });
  }

  /** Picks a context chip ("Before bed" …) inside `scope`. */
  async chooseContext(label: string, scope: Locator | Page = this.page) {
    await scope.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).click();
    await expect(scope.getByRole('radio', { name: label })).toBeChecked();
  }

  async createRoutine(name: string, steps: StepSpec[]) {
    await this.goto();
    await this.page.getByRole('link', { name: 'New routine' }).click();
    await expect(this.page.getByRole('heading', { name: 'New routine' })).toBeVisible();
    await this.page.getByLabel('Routine name').fill(name);
    for (const [i, step] of steps.entries()) {
      await this.page.getByLabel('Stretch to add').selectOption({ label: step.stretch });
      await this.page.getByRole('button', { name: 'Add stretch' }).click();
      const group = this.step(i + 1);
      await group.getByLabel('Hold (seconds)').fill(String(step.hold));
      await group.getByLabel('Repetitions').fill(String(step.repetitions ?? 1));
      const sides = group.getByRole('checkbox', { name: /Both sides/ });
      if (step.bothSides) await sides.check();
      else await sides.uncheck();
    }
    await this.page.getByRole('button', { name: 'Save routine' }).click();
    await expect(this.page).toHaveURL(/\/log\/stretches$/);
    await expect(this.routine(name)).toBeVisible();
  }

  step(n: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Step ${n}:`) });
  }

  /** Opens the player and starts the routine; `beforeStart` runs just before (e.g. to go offline). */
  async playRoutine(name: string, context = 'Before bed', beforeStart?: () => Promise<void>) {
    await this.routine(name).getByRole('link', { name: `Play ${name}` }).click();
    await expect(this.page.getByRole('button', { name: 'Start routine' })).toBeVisible();
    await this.chooseContext(context);
    await beforeStart?.();
    await this.page.getByRole('button', { name: 'Start routine' }).click();
    const player = this.page.getByRole('dialog', { name: `Routine player: ${name}` });
    await expect(player).toBeVisible();
    return player;
  }
}
