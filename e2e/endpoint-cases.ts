/**
 * One case per endpoint the app exposes, keyed by `<file>#<export>`: every server action (an export
 * of a 'use server' file), every route handler method (`app/**\/route.ts`) and every page with a
 * dynamic segment (`app/**\/[x]/**\/page.tsx`, export `default`). e2e/authorization-matrix.spec.ts
 * finds those endpoints in the source by itself and fails when this table's keys differ from them;
 * e2e/bad-input.spec.ts fuzzes every action case.
 *
 * To add a case, add one line under its key with a helper below:
 *   - `refused((w) => [input, …])` — an action that takes ids: user B sends each input, built with
 *     user A's ids (`w.a.*`; B's own ids are `w.b.*`, fresh ones `w.fresh()`), and must get
 *     `notFound`. Signed out it must answer `signedOut`.
 *   - `ownOnly((w) => input)` — an action without ids (settings…): B's call may succeed but may change
 *     nothing of A's. Add `{ endsSession: true }` when a success signs B out (B signs in again).
 *   - `openToAll((w) => input)` — an action for signed-out visitors (sign-up): nothing of A's in the answer.
 *   - `pageNotFound((w) => path)` / `pageOwnView((w) => path)` — a dynamic page: B on A's path gets a 404,
 *     or B's own (empty) view with nothing of A's. Signed out, every dynamic page goes to /sign-in.
 *   - `route({ asB, signedOut })` — a route handler method, with two checks given the request context;
 *     `refusedRoute({ method, path, body })` covers a `userRoute()` handler that takes A's ids (404 as B,
 *     401 or sign-in signed out).
 * After every case, A's rows (every table, on PostgreSQL) and A's pages must be exactly as before.
 */
import { test, type APIRequestContext } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readPdf } from './support/pdf';

export type Owner = {
  email: string;
  name: string;
  night: string;
  episode: string;
  checkin: string;
  stretch: string;
  routine: string;
  session: string;
  /** The id of the account's signed-in session (Settings → Devices). */
  signInSession: string;
  customFactor: string;
  medication: string;
  dose: string;
  irls: string;
  /** A's running experiment (B has none). */
  experiment: string;
  /** A's share link (B has none). */
  shareLink: string;
};

export type World = {
  a: Owner;
  b: Owner;
  fresh: () => string;
  /** A calendar date (YYYY-MM-DD) `days` before today (UTC, the users' time zone). */
  daysAgo: (days: number) => string;
};

type Inputs = (w: World) => unknown[];
export type ActionCase =
  | { kind: 'action'; expect: 'notFound'; attacks: Inputs }
  | { kind: 'action'; expect: 'ownOnly'; attacks: Inputs; endsSession?: boolean }
  | { kind: 'action'; expect: 'public'; attacks: Inputs };
/** `notAvailable`: a public page (a share link) that answers 404 to anyone without a live token, signed in or not. */
export type PageCase = { kind: 'page'; expect: 'notFound' | 'ownView' | 'notAvailable'; path: (w: World) => string };
export type RouteContext = { request: APIRequestContext; world: World; /** Fails when the text holds any of A's data. */ noDataOfA: (text: string) => void };
export type RouteCase = {
  kind: 'route';
  asB: (ctx: RouteContext) => Promise<void>;
  signedOut: (ctx: RouteContext) => Promise<void>;
};
export type EndpointCase = ActionCase | PageCase | RouteCase;

export const refused = (attacks: Inputs): ActionCase => ({ kind: 'action', expect: 'notFound', attacks });
export const ownOnly = (input: (w: World) => unknown, opts: { endsSession?: boolean } = {}): ActionCase => ({
  kind: 'action',
  expect: 'ownOnly',
  attacks: (w) => [input(w)],
  ...opts,
});
export const openToAll = (input: (w: World) => unknown): ActionCase => ({ kind: 'action', expect: 'public', attacks: (w) => [input(w)] });
export const pageNotFound = (path: (w: World) => string): PageCase => ({ kind: 'page', expect: 'notFound', path });
export const pageOwnView = (path: (w: World) => string): PageCase => ({ kind: 'page', expect: 'ownView', path });
export const route = (checks: Omit<RouteCase, 'kind'>): RouteCase => ({ kind: 'route', ...checks });

/** A `userRoute()` handler given A's ids: 404 as B, 401 (or the sign-in page) signed out, nothing of A's either way. */
export function refusedRoute(opts: { method: string; path: (w: World) => string; body?: (w: World) => unknown }): RouteCase {
  const call = (ctx: RouteContext) =>
    ctx.request.fetch(opts.path(ctx.world), {
      method: opts.method,
      data: opts.body?.(ctx.world),
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  const check = async (ctx: RouteContext, allowed: number[]) => {
    const response = await call(ctx);
    const location = response.headers()['location'] ?? '';
    if (!allowed.includes(response.status()) && !/\/sign-in/.test(location)) {
      throw new Error(`${opts.method} answered ${response.status()}, expected ${allowed.join(' or ')}`);
    }
    ctx.noDataOfA(await response.text());
  };
  return route({ asB: (ctx) => check(ctx, [404]), signedOut: (ctx) => check(ctx, [401]) });
}

// Inputs a user could send; the cases below change the ids (and only the ids) to A's.
const episodeForm = (w: World, id: string) => ({
  id,
  startedAt: `${w.daysAgo(2)}T22:00`,
  endedAt: `${w.daysAgo(2)}T22:30`,
  severity: 4,
  bodyAreas: [],
  sensations: [],
  reliefs: [],
  notes: 'B writes here',
});
const stretch = (id: string) => ({ id, name: 'B stretch', instructions: '', defaultHoldSeconds: 20, perSide: false });
const routine = (id: string, stretchId: string) => ({
  id,
  name: 'B routine',
  steps: [{ stretchId, holdSeconds: 20, repetitions: 1, bothSides: false }],
});
const session = (id: string, of: { stretchId?: string; routineId?: string }) => ({
  id,
  ...of,
  context: 'other',
  sides: 'both',
  performedAt: `${new Date().toISOString().slice(0, 10)}T00:00`,
});
const medication = (w: World, id: string) => ({
  id,
  name: 'B medication',
  dose: '1 mg',
  schedule: '',
  asNeeded: false,
  startedOn: w.daysAgo(10),
  stoppedOn: null,
});
const dose = (w: World, id: string, medicationId: string) => ({ id, medicationId, takenAt: `${w.daysAgo(1)}T21:00`, dose: '1 mg' });

/** Condition A against nothing, two-night blocks from `startNight` (tonight, in the users' UTC). */
export const experiment = (startNight: string, id: string, conditionA: string) => ({
  id,
  conditionA,
  conditionB: 'none',
  blockLength: 2,
  blockCount: 4,
  blockOrder: 'ABBA',
  washoutNights: 1,
  startNight,
  smallestDifference: 1,
});

const EPISODES = 'app/(app)/log/episodes/actions.ts';
const FACTORS = 'app/(app)/log/factors/actions.ts';
const IRLS = 'app/(app)/log/irls/actions.ts';
const MEDICATIONS = 'app/(app)/log/medications/actions.ts';
const STRETCHES = 'app/(app)/log/stretches/actions.ts';
const EXPERIMENTS = 'app/(app)/experiments/actions.ts';

export const ENDPOINT_CASES: Record<string, EndpointCase> = {
  // Episodes
  [`${EPISODES}#startEpisodeNow`]: refused((w) => [{ id: w.a.episode, startedAt: new Date().toISOString() }]),
  [`${EPISODES}#endEpisodeNow`]: refused((w) => [{ id: w.a.episode, endedAt: new Date().toISOString(), severity: 3 }]),
  [`${EPISODES}#saveEpisodeDetails`]: refused((w) => [{ id: w.a.episode, bodyAreas: [], sensations: [], reliefs: [], notes: 'B' }]),
  [`${EPISODES}#saveEpisodeForm`]: refused((w) => [episodeForm(w, w.a.episode)]),
  [`${EPISODES}#removeEpisode`]: refused((w) => [{ id: w.a.episode }]),

  // Night check-ins: A's check-in id on a night B has not logged
  ['app/(app)/today/actions.ts#saveNightCheckin']: refused((w) => [
    { id: w.a.checkin, nightOf: w.a.night, hadSymptoms: true, bedtime: null, wakeTime: null, hoursSlept: 7, awakenings: null, sleepQuality: 3 },
  ]),

  // Factors: A's custom factor in B's day, A's factor id as B's new factor, archiving A's factor
  [`${FACTORS}#saveFactors`]: refused((w) => [{ day: w.a.night, stress: 2, custom: { [w.a.customFactor]: 1 } }]),
  [`${FACTORS}#createCustomFactor`]: refused((w) => [{ id: w.a.customFactor, name: 'B new factor', kind: 'scale', unit: '' }]),
  [`${FACTORS}#setCustomFactorArchived`]: refused((w) => [{ id: w.a.customFactor, archived: true }]),

  // IRLS
  [`${IRLS}#addIrlsScore`]: refused((w) => [{ id: w.a.irls, scoredOn: w.daysAgo(1), total: 5 }]),
  [`${IRLS}#removeIrlsScore`]: refused((w) => [{ id: w.a.irls }]),

  // Medications and doses
  [`${MEDICATIONS}#addMedication`]: refused((w) => [medication(w, w.a.medication)]),
  [`${MEDICATIONS}#editMedication`]: refused((w) => [medication(w, w.a.medication)]),
  [`${MEDICATIONS}#stopMedicationOn`]: refused((w) => [{ id: w.a.medication, stoppedOn: w.daysAgo(1) }]),
  [`${MEDICATIONS}#removeMedication`]: refused((w) => [{ id: w.a.medication }]),
  [`${MEDICATIONS}#logMedicationDose`]: refused((w) => [
    dose(w, w.fresh(), w.a.medication),
    dose(w, w.a.dose, w.b.medication),
  ]),
  [`${MEDICATIONS}#removeDose`]: refused((w) => [{ id: w.a.dose }]),

  // Stretches, routines, sessions
  [`${STRETCHES}#saveStretchAction`]: refused((w) => [stretch(w.a.stretch)]),
  [`${STRETCHES}#archiveStretchAction`]: refused((w) => [{ stretchId: w.a.stretch, archived: true }]),
  [`${STRETCHES}#saveRoutineAction`]: refused((w) => [routine(w.a.routine, w.b.stretch), routine(w.fresh(), w.a.stretch)]),
  [`${STRETCHES}#deleteRoutineAction`]: refused((w) => [{ routineId: w.a.routine }]),
  [`${STRETCHES}#logStretchSessionAction`]: refused((w) => [
    session(w.fresh(), { stretchId: w.a.stretch }),
    session(w.fresh(), { routineId: w.a.routine }),
    session(w.a.session, { stretchId: w.b.stretch }),
  ]),
  [`${STRETCHES}#deleteStretchSessionAction`]: refused((w) => [{ sessionId: w.a.session }]),

  // Experiments: A's experiment id in every action; B's own routine, or A's, as the condition
  [`${EXPERIMENTS}#startExperiment`]: refused((w) => [
    experiment(w.daysAgo(0), w.a.experiment, 'avoid:alcohol'),
    experiment(w.daysAgo(0), w.fresh(), `routine:${w.a.routine}`),
  ]),
  [`${EXPERIMENTS}#pauseExperimentAction`]: refused((w) => [{ id: w.a.experiment }]),
  [`${EXPERIMENTS}#resumeExperimentAction`]: refused((w) => [{ id: w.a.experiment }]),
  [`${EXPERIMENTS}#endExperimentEarly`]: refused((w) => [{ id: w.a.experiment }]),
  [`${EXPERIMENTS}#abandonExperiment`]: refused((w) => [{ id: w.a.experiment }]),
  [`${EXPERIMENTS}#correctAdherence`]: refused((w) => [{ id: w.a.experiment, nightOf: w.daysAgo(0), adhered: false }]),

  // Settings: no ids; B changes only B
  ['app/(app)/report/actions.ts#createReportShareLink']: ownOnly((w) => ({ id: w.fresh(), from: w.daysAgo(30), to: w.daysAgo(1), days: 7 })),
  ['app/(app)/report/actions.ts#revokeReportShareLink']: refused((w) => [{ id: w.a.shareLink }]),
  ['app/(app)/report/actions.ts#saveReportDetails']: ownOnly(() => ({ reportName: 'B on paper', dateOfBirth: '1980-01-02', questions: 'B asks' })),
  ['app/(app)/settings/actions.ts#saveSettings']: ownOnly(() => ({ displayName: 'B renamed', timeZone: 'UTC' })),
  ['app/(app)/settings/actions.ts#signOutEverywhere']: ownOnly(() => ({}), { endsSession: true }),
  ['app/(app)/settings/actions.ts#signOutSession']: refused((w) => [{ sessionId: w.a.signInSession }]),
  // Both ask for the current password: B's guess at it changes nothing (and deletes nothing) of anyone's.
  ['app/(app)/settings/actions.ts#changePassword']: ownOnly(() => ({ currentPassword: 'not my password', newPassword: 'a brand new long pass' })),
  ['app/(app)/settings/actions.ts#deleteAccount']: ownOnly(() => ({ password: 'not my password' })),
  ['app/(app)/settings/two-factor-actions.ts#beginTwoFactorSetup']: ownOnly(() => ({})),
  ['app/(app)/settings/two-factor-actions.ts#confirmTwoFactorSetup']: ownOnly(() => ({ code: '123456' })),
  ['app/(app)/settings/two-factor-actions.ts#turnOffTwoFactor']: ownOnly(() => ({ password: 'not my password' })),

  // Sign-up: open to everyone; A's email is refused without telling anything else of A
  ['app/(auth)/sign-up/actions.ts#signUp']: openToAll((w) => ({ displayName: 'B again', email: w.a.email, password: 'another long pass', timeZone: 'UTC' })),

  // Dynamic pages
  ['app/(app)/log/episodes/[id]/page.tsx#default']: pageNotFound((w) => `/log/episodes/${w.a.episode}`),
  ['app/(app)/history/[night]/page.tsx#default']: pageOwnView((w) => `/history/${w.a.night}`),
  ['app/(app)/log/stretches/routines/[routineId]/page.tsx#default']: pageNotFound((w) => `/log/stretches/routines/${w.a.routine}`),
  ['app/(app)/experiments/[id]/page.tsx#default']: pageNotFound((w) => `/experiments/${w.a.experiment}`),
  ['app/(app)/log/stretches/play/[routineId]/page.tsx#default']: pageNotFound((w) => `/log/stretches/play/${w.a.routine}`),

  // userRoute(): who this browser is signed in as, never anyone else
  ['app/api/session-status/route.ts#GET']: route({
    asB: async ({ request, noDataOfA }) => {
      const response = await request.get('/api/session-status', { failOnStatusCode: false });
      const text = await response.text();
      noDataOfA(text);
      if (response.status() !== 200 || !text.includes('"signedIn":true')) throw new Error(`B's session status: ${response.status()} ${text}`);
    },
    signedOut: async ({ request, noDataOfA }) => {
      const response = await request.get('/api/session-status', { failOnStatusCode: false });
      noDataOfA(await response.text());
      if (response.status() !== 401) throw new Error(`Signed out, the session status answered ${response.status()}`);
    },
  }),

  // userRoute(): a reminder's calendar file, in the caller's own time zone; nothing of anyone else's
  ['app/api/reminders/route.ts#GET']: route({
    asB: async ({ request, noDataOfA }) => {
      const response = await request.get('/api/reminders?kind=evening&time=21:30', { failOnStatusCode: false });
      const text = await response.text();
      noDataOfA(text);
      if (response.status() !== 200 || !text.startsWith('BEGIN:VCALENDAR')) throw new Error(`B's reminder: ${response.status()} ${text.slice(0, 200)}`);
    },
    signedOut: async ({ request, noDataOfA }) => {
      const response = await request.get('/api/reminders?kind=evening&time=21:30', { failOnStatusCode: false });
      noDataOfA(await response.text());
      if (response.status() !== 401) throw new Error(`Signed out, the reminder answered ${response.status()}`);
    },
  }),

  // userRoute(): the caller's own export, in both formats; nothing of anyone else's
  ['app/api/account/export/route.ts#GET']: route({
    asB: async ({ request, noDataOfA }) => {
      for (const format of ['json', 'zip']) {
        const response = await request.get(`/api/account/export?format=${format}`, { failOnStatusCode: false });
        if (response.status() !== 200) throw new Error(`B's ${format} export answered ${response.status()}`);
        const body = await response.body();
        const text = format === 'json' ? body.toString('utf8') : Object.values(unzipSync(new Uint8Array(body))).map((f) => strFromU8(f)).join('\n');
        noDataOfA(text);
        if (!(format === 'json' ? /"format":\s*"stillnight-account"/ : /night_of/).test(text)) throw new Error(`B's ${format} export is not one`);
      }
    },
    signedOut: async ({ request, noDataOfA }) => {
      const response = await request.get('/api/account/export?format=json', { failOnStatusCode: false });
      noDataOfA(await response.text());
      if (response.status() !== 401) throw new Error(`Signed out, the export answered ${response.status()}`);
    },
  }),
  // userRoute(): a file naming A's ids is merged into B's account under new ids; A's rows stay as they were
  ['app/api/account/import/route.ts#POST']: route({
    asB: async (ctx) => {
      const response = await importNamingA(ctx);
      const text = await response.text();
      ctx.noDataOfA(text);
      const answer = JSON.parse(text) as { imported?: Record<string, number> };
      if (response.status() !== 200 || answer.imported?.episodes !== 1 || answer.imported?.routines !== 1) {
        throw new Error(`B's import answered ${response.status()} ${text}`);
      }
    },
    signedOut: async (ctx) => {
      const response = await importNamingA(ctx);
      ctx.noDataOfA(await response.text());
      if (response.status() !== 401) throw new Error(`Signed out, the import answered ${response.status()}`);
    },
  }),

  // userRoute(): the caller's own report as a PDF (its text read back): nothing of A's
  ['app/api/report/pdf/route.ts#POST']: route({
    asB: async (ctx) => {
      const response = await reportPdf(ctx);
      if (response.status() !== 200 || response.headers()['content-type'] !== 'application/pdf') throw new Error(`B's report answered ${response.status()}`);
      const { text } = readPdf(await response.body());
      ctx.noDataOfA(text);
      if (!text.includes('Restless legs: symptom report')) throw new Error(`B's report is not one: ${text.slice(0, 200)}`);
    },
    signedOut: async (ctx) => {
      const response = await reportPdf(ctx);
      ctx.noDataOfA(await response.text());
      if (response.status() !== 401) throw new Error(`Signed out, the report answered ${response.status()}`);
    },
  }),

  // A share link's page and PDF: a made-up token opens nothing, for B and signed out alike (a live token is a bearer key by design)
  ['app/share/[token]/page.tsx#default']: { kind: 'page', expect: 'notAvailable', path: () => `/share/${'A'.repeat(43)}` },
  ['app/share/[token]/pdf/route.ts#GET']: route({
    asB: async (ctx) => sharePdfNotAvailable(ctx),
    signedOut: async (ctx) => sharePdfNotAvailable(ctx),
  }),

  // The service worker (built at build time, the same file for everyone): no account data in it, no redirect to sign-in
  ['app/serwist/[path]/route.ts#GET']: route({
    asB: async ({ request, noDataOfA }) => serviceWorkerIsPublic(request, noDataOfA),
    signedOut: async ({ request, noDataOfA }) => serviceWorkerIsPublic(request, noDataOfA),
  }),

  // next-auth's own handler: the session it reports is the caller's; A's email with a wrong password signs nobody in
  ['app/api/auth/[...nextauth]/route.ts#GET']: route({
    asB: async ({ request, world, noDataOfA }) => {
      const session = await (await request.get('/api/auth/session')).text();
      noDataOfA(session);
      if (!session.includes(world.b.email)) throw new Error(`B's session does not name B: ${session}`);
    },
    signedOut: async ({ request, noDataOfA }) => {
      const session = await (await request.get('/api/auth/session')).text();
      noDataOfA(session);
      if (session.trim() !== '{}') throw new Error(`A signed-out session is not empty: ${session}`);
    },
  }),
  ['app/api/auth/[...nextauth]/route.ts#POST']: route({
    asB: async (ctx) => credentialsAsA(ctx, (s) => s.includes(ctx.world.b.email)),
    signedOut: async (ctx) => credentialsAsA(ctx, (s) => s.trim() === '{}'),
  }),
};

async function credentialsAsA({ request, world, noDataOfA }: RouteContext, sessionStill: (session: string) => boolean) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: world.a.email, password: 'not the password of A', json: 'true' },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  noDataOfA(await response.text());
  const session = await (await request.get('/api/auth/session')).text();
  noDataOfA(session);
  if (!sessionStill(session)) throw new Error(`A wrong password for A changed the session: ${session}`);
}

async function serviceWorkerIsPublic(request: RouteContext['request'], noDataOfA: RouteContext['noDataOfA']) {
  const response = await request.get('/sw.js', { maxRedirects: 0, failOnStatusCode: false });
  noDataOfA(await response.text());
  if (response.status() !== 200 || !response.headers()['content-type']?.includes('javascript')) {
    throw new Error(`The service worker answered ${response.status()} ${response.headers()['content-type']}`);
  }
}

/** A merge import whose rows carry A's ids (an episode, a routine) on nights B has not logged. */
async function importNamingA({ request, world }: RouteContext) {
  const night = world.daysAgo(40);
  const snapshot = {
    format: 'stillnight-account',
    version: 1,
    exportedAt: new Date().toISOString(),
    account: { displayName: 'B', timeZone: 'UTC' },
    reportProfile: null,
    tables: {
      stretches: [], routineSteps: [], customFactors: [], medications: [], experiments: [], nightCheckins: [], stretchSessions: [],
      dailyFactors: [], customFactorValues: [], medicationDoses: [], irlsScores: [], experimentPauses: [], experimentAdherence: [],
      routines: [{ id: world.a.routine, name: 'B routine' }],
      episodes: [{ id: world.a.episode, nightOf: night, startedAt: `${night}T23:00:00Z`, endedAt: `${night}T23:20:00Z`, severity: 3 }],
    },
  };
  const origin = new URL(test.info().project.use.baseURL!).origin;
  return request.post('/api/account/import', { data: { mode: 'merge', snapshot }, headers: { origin }, maxRedirects: 0, failOnStatusCode: false });
}

async function reportPdf({ request, world }: RouteContext) {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  return request.post('/api/report/pdf', {
    data: { from: world.daysAgo(60), to: world.daysAgo(1) },
    headers: { origin },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}

async function sharePdfNotAvailable({ request, noDataOfA }: RouteContext) {
  const response = await request.get(`/share/${'A'.repeat(43)}/pdf`, { maxRedirects: 0, failOnStatusCode: false });
  noDataOfA(await response.text());
  if (response.status() !== 404) throw new Error(`A made-up share token's PDF answered ${response.status()}`);
}
