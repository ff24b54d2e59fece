// Two fresh accounts, A with one row of every kind and B with the few rows cross-account attacks
// need, created through the sign-up page and the app's own server actions.
import { randomUUID } from 'node:crypto';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { experiment, type Owner, type World } from '../endpoint-cases';
import { SignInPage, SignUpPage } from '../pages/auth-pages';
import { readActionManifest, type ActionRef } from './endpoints';
import { postAction, type ActionCall } from './server-actions';
import { randomClientAddress } from '../fixtures';

export type Account = { context: BrowserContext; page: Page; email: string; password: string; name: string };

export type Stage = {
  world: World;
  a: Account;
  b: Account;
  actions: Map<string, ActionRef>;
  /** Strings only A's account holds: names, notes, email, ids. */
  secretsOfA: string[];
  /** Those of A's strings that A's pages show. */
  shownToA: string[];
  call: (who: Account, key: string, input: unknown) => Promise<ActionCall>;
  signInAgain: (who: Account) => Promise<void>;
  close: () => Promise<void>;
};

/** The account's one signed-in session, as Settings → Devices lists it (its id rides in the page's data). */
async function signInSessionOf(who: Account): Promise<string> {
  await who.page.goto('/settings');
  await expect(who.page.getByRole('list', { name: 'Signed-in devices' })).toBeVisible();
  const id = /\\?"id\\?":\\?"([0-9a-f-]{36})\\?",\\?"deviceLabel/.exec(await who.page.content())?.[1];
  if (!id) throw new Error(`no session id on ${who.email}'s Settings page`);
  return id;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function signUp(browser: Browser, label: string): Promise<Account> {
  // UTC, so the wall times the cases send mean the same for every machine running the suite.
  const context = await browser.newContext({ timezoneId: 'UTC', extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() } });
  const page = await context.newPage();
  const tag = randomUUID().slice(0, 8);
  const account = { context, page, email: `matrix-${label}-${tag}@example.com`, password: `quiet legs ${tag}`, name: `${label.toUpperCase()}-name-${tag}` };
  await new SignUpPage(page).signUp(account);
  return account;
}

export async function setUpStage(browser: Browser): Promise<Stage> {
  const actions = readActionManifest();
  const a = await signUp(browser, 'a');
  const b = await signUp(browser, 'b');
  const call = async (who: Account, key: string, input: unknown) => {
    const action = actions.get(key);
    if (!action) throw new Error(`${key} is not in the build's action manifest`);
    return postAction(who.context.request, action, [input], { headers: { Origin: new URL(who.page.url()).origin } });
  };
  const must = async (who: Account, key: string, input: unknown) => {
    const { status, result, body } = await call(who, key, input);
    expect(result?.ok, `${key} as ${who.email}: ${status} ${body.slice(0, 300)}`).toBe(true);
  };

  const secret = (what: string) => `A-${what}-${randomUUID().slice(0, 8)}`;
  const secrets = {
    notes: secret('notes'),
    stretch: secret('stretch'),
    instructions: secret('instructions'),
    routine: secret('routine'),
    factor: secret('factor'),
    medication: secret('medication'),
    dose: secret('dose'),
    questions: secret('questions'),
  };

  const rowsOf = async (who: Account, text: (what: string) => string, night: string): Promise<Owner> => {
    const owner: Owner = {
      email: who.email,
      name: who.name,
      night,
      episode: randomUUID(),
      checkin: randomUUID(),
      stretch: randomUUID(),
      routine: randomUUID(),
      session: randomUUID(),
      signInSession: await signInSessionOf(who),
      customFactor: randomUUID(),
      medication: randomUUID(),
      dose: randomUUID(),
      irls: randomUUID(),
      experiment: randomUUID(),
      shareLink: randomUUID(),
    };
    const next = new Date(Date.parse(`${night}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const episodes = 'app/(app)/log/episodes/actions.ts';
    const stretches = 'app/(app)/log/stretches/actions.ts';
    const medications = 'app/(app)/log/medications/actions.ts';
    await must(who, `${stretches}#saveStretchAction`, {
      id: owner.stretch,
      name: text('stretch'),
      instructions: text('instructions'),
      defaultHoldSeconds: 30,
      perSide: true,
    });
    await must(who, `${medications}#addMedication`, {
      id: owner.medication,
      name: text('medication'),
      dose: '5 mg',
      schedule: 'nightly',
      asNeeded: false,
      startedOn: daysAgo(30),
      stoppedOn: null,
    });
    await must(who, 'app/(app)/log/factors/actions.ts#createCustomFactor', { id: owner.customFactor, name: text('factor'), kind: 'number', unit: 'mg' });
    if (who !== a) return owner;
    await must(who, `${episodes}#saveEpisodeForm`, {
      id: owner.episode,
      startedAt: `${night}T23:00`,
      endedAt: `${night}T23:40`,
      severity: 7,
      bodyAreas: [],
      sensations: [],
      reliefs: [],
      notes: text('notes'),
    });
    await must(who, 'app/(app)/today/actions.ts#saveNightCheckin', {
      id: owner.checkin,
      nightOf: night,
      hadSymptoms: true,
      bedtime: `${night}T22:30`,
      wakeTime: `${next}T06:30`,
      hoursSlept: null,
      awakenings: 2,
      sleepQuality: 2,
    });
    await must(who, `${stretches}#saveRoutineAction`, {
      id: owner.routine,
      name: text('routine'),
      steps: [{ stretchId: owner.stretch, holdSeconds: 30, repetitions: 2, bothSides: true }],
    });
    await must(who, `${stretches}#logStretchSessionAction`, {
      id: owner.session,
      stretchId: owner.stretch,
      context: 'before_bed',
      sides: 'both',
      holdSeconds: 30,
      repetitions: 1,
      performedAt: `${night}T21:00`,
    });
    await must(who, 'app/(app)/log/factors/actions.ts#saveFactors', {
      day: night,
      caffeineServings: 3,
      lastCaffeineAt: '15:00',
      alcoholDrinks: 1,
      exerciseMinutes: 40,
      exerciseIntensity: 'moderate',
      exerciseTimeOfDay: 'evening',
      stress: 6,
      ironSupplement: true,
      custom: { [owner.customFactor]: 250 },
    });
    await must(who, `${medications}#logMedicationDose`, {
      id: owner.dose,
      medicationId: owner.medication,
      takenAt: `${night}T21:30`,
      dose: text('dose'),
    });
    await must(who, 'app/(app)/log/irls/actions.ts#addIrlsScore', { id: owner.irls, scoredOn: night, total: 23 });
    await must(who, 'app/(app)/experiments/actions.ts#startExperiment', experiment(daysAgo(0), owner.experiment, `routine:${owner.routine}`));
    await must(who, 'app/(app)/report/actions.ts#saveReportDetails', { reportName: '', dateOfBirth: '', questions: text('questions') });
    await must(who, 'app/(app)/report/actions.ts#createReportShareLink', { id: owner.shareLink, from: daysAgo(30), to: daysAgo(1), days: 7 });
    return owner;
  };

  const night = daysAgo(3);
  const ownerA = await rowsOf(a, (what) => secrets[what as keyof typeof secrets], night);
  const ownerB = await rowsOf(b, (what) => `B ${what}`, night);
  const world: World = { a: ownerA, b: ownerB, fresh: () => randomUUID(), daysAgo };
  const { night: _n, email: _e, ...idsOfA } = ownerA;

  return {
    world,
    a,
    b,
    actions,
    secretsOfA: [...Object.values(secrets), a.email, ...Object.values(idsOfA)],
    shownToA: [secrets.notes, secrets.stretch, secrets.routine, secrets.factor, secrets.medication, secrets.dose],
    call,
    async signInAgain(who) {
      const signIn = new SignInPage(who.page);
      await signIn.goto();
      await signIn.signIn(who);
      await expect(who.page).toHaveURL(/\/today$/);
    },
    close: async () => {
      await a.context.close();
      await b.context.close();
    },
  };
}
