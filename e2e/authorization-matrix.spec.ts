// Every endpoint the source holds, called as user B on user A's rows and signed out: a 404, a
// refusal or the sign-in page, never A's data, and A's rows unchanged. Cases: e2e/endpoint-cases.ts.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { ENDPOINT_CASES, type ActionCase, type EndpointCase, type PageCase, type RouteCase } from './endpoint-cases';
import { discoverEndpoints } from './support/endpoints';
import { postAction } from './support/server-actions';
import { userRowsOnPostgres } from './support/user-rows';
import { setUpStage, type Stage } from './support/world';
import { randomClientAddress } from './fixtures';

test.describe.configure({ mode: 'serial' });

test('every endpoint found in the source has a case, and every case an endpoint', () => {
  const { endpoints, inlineActionFiles } = discoverEndpoints();
  expect(inlineActionFiles, 'inline "use server" functions: move them to a \'use server\' file so they get a case').toEqual([]);
  const found = endpoints.map((e) => e.key);
  const keys = Object.keys(ENDPOINT_CASES);
  expect(found.filter((k) => !keys.includes(k)), 'endpoints without a case in e2e/endpoint-cases.ts').toEqual([]);
  expect(keys.filter((k) => !found.includes(k)), 'cases for endpoints that no longer exist').toEqual([]);
  for (const e of endpoints) expect(ENDPOINT_CASES[e.key]!.kind, e.key).toBe(e.kind);
  expect(endpoints.filter((e) => e.kind === 'action').length).toBeGreaterThan(20);
  expect(endpoints.filter((e) => e.kind === 'page').length).toBeGreaterThan(3);
  expect(endpoints.filter((e) => e.kind === 'route').length).toBeGreaterThan(1);
});

/** What A sees on the pages that show A's rows, to compare before and after B's attempts. */
async function pagesOfA(stage: Stage): Promise<Record<string, string>> {
  const { a } = stage.world;
  const paths = [
    `/log/episodes/${a.episode}`,
    `/history/${a.night}`,
    `/log/stretches/routines/${a.routine}`,
    '/log/stretches',
    '/log/stretches/catalog',
    '/log/medications',
    '/log/irls',
    '/log/factors',
  ];
  const out: Record<string, string> = {};
  for (const path of paths) {
    const response = await stage.a.page.goto(path);
    expect(response?.status(), path).toBe(200);
    out[path] = await stage.a.page.getByRole('main').innerText();
  }
  return out;
}

/** What a failed expectation should show of a call. */
const seen = (call: { status: number; body: string; result?: unknown }) => ({
  status: call.status,
  result: call.result,
  ...(call.result ? {} : { body: call.body.slice(0, 300) }),
});

function noDataOf(secrets: string[], where: string) {
  return (text: string) => {
    const leaked = secrets.filter((s) => text.includes(s));
    expect(leaked, `${where} answered with A's data`).toEqual([]);
  };
}

async function actionAsB(stage: Stage, key: string, c: ActionCase) {
  for (const [i, input] of c.attacks(stage.world).entries()) {
    const where = `${key} (attack ${i + 1}) as B`;
    const { status, body, result } = await stage.call(stage.b, key, input);
    expect(status, `${where}: ${body.slice(0, 300)}`).toBe(200);
    noDataOf(stage.secretsOfA, where)(body);
    if (c.expect === 'notFound') {
      expect(seen({ status, body, result }), where).toMatchObject({ result: { ok: false, notFound: true } });
    } else if (c.expect === 'public') {
      expect(result?.ok, where).toBe(false);
    } else if (c.endsSession && result?.ok) {
      await stage.signInAgain(stage.b);
    }
  }
}

async function pageAsB(stage: Stage, key: string, c: PageCase) {
  const path = c.path(stage.world);
  const response = await stage.b.page.goto(path);
  // The page may repeat its own URL (the id B typed); anything else of A's is a leak.
  const secrets = stage.secretsOfA.filter((s) => !path.includes(s));
  noDataOf(secrets, `${key} as B`)(await stage.b.page.content());
  expect(response?.status(), `${key} as B`).toBe(c.expect === 'ownView' ? 200 : 404);
}

async function signedOut(browser: Browser, stage: Stage, key: string, c: EndpointCase, forgedCookie: boolean) {
  const baseURL = new URL(stage.a.page.url()).origin;
  const context = await browser.newContext({ timezoneId: 'UTC', baseURL, extraHTTPHeaders: { 'X-Forwarded-For': randomClientAddress() } });
  // Past the proxy (it looks for the cookie only): the endpoint itself must see there is no session.
  if (forgedCookie) {
    // Both names (the production build's is `__Secure-`), so the proxy lets it through and each endpoint must refuse it.
    await context.addCookies(
      ['next-auth.session-token', '__Secure-next-auth.session-token'].map((name) => ({
        name,
        value: 'forged',
        domain: new URL(baseURL).hostname,
        path: '/',
        secure: true,
      })),
    );
  }
  const where = `${key} signed out${forgedCookie ? ' (forged cookie)' : ''}`;
  const noData = noDataOf(stage.secretsOfA, where);
  try {
    if (c.kind === 'action') {
      const action = stage.actions.get(key)!;
      for (const input of c.attacks(stage.world)) {
        {
          const path = action.path;
          const call = await postAction(context.request, action, [input], { headers: { Origin: baseURL } });
          noData(call.body);
          if (c.expect === 'public') {
            expect(call.result?.ok, where).toBe(false);
          } else if (call.redirectedTo && !forgedCookie) {
            expect(call.redirectedTo, where).toMatch(/\/sign-in$/);
          } else {
            expect(seen(call), `${where} at ${path}`).toMatchObject({ status: 200, result: { ok: false, signedOut: true } });
          }
        }
      }
    } else if (c.kind === 'page') {
      const page = await context.newPage();
      const path = c.path(stage.world);
      const response = await page.goto(path);
      if (c.expect === 'notAvailable') expect(response?.status(), where).toBe(404);
      else await expect(page, where).toHaveURL(/\/sign-in$/);
      noDataOf(stage.secretsOfA.filter((s) => !path.includes(s)), where)(await page.content());
    } else {
      await c.signedOut({ request: context.request, world: stage.world, noDataOfA: noData });
    }
  } finally {
    await context.close();
  }
}

test('user B and signed-out visitors reach nothing of user A through any endpoint', async ({ browser }) => {
  test.setTimeout(300_000);
  const stage = await setUpStage(browser);
  const rows = userRowsOnPostgres();
  try {
    const idOfA = rows ? await rows.userId(stage.a.email) : '';
    const rowsBefore = rows ? await rows.snapshot(idOfA) : null;
    const pagesBefore = await pagesOfA(stage);
    // The comparison means something only if A's pages show A's rows.
    for (const shown of stage.shownToA) expect(Object.values(pagesBefore).join('\n'), shown).toContain(shown);

    // Cases that end B's session go last, so the others run signed in.
    const entries = Object.entries(ENDPOINT_CASES).sort(
      ([, x], [, y]) => Number(x.kind === 'action' && x.expect === 'ownOnly' && !!x.endsSession) - Number(y.kind === 'action' && y.expect === 'ownOnly' && !!y.endsSession),
    );
    for (const [key, c] of entries) {
      await test.step(key, async () => {
        if (c.kind === 'action') await actionAsB(stage, key, c);
        else if (c.kind === 'page') await pageAsB(stage, key, c);
        else await (c as RouteCase).asB({ request: stage.b.context.request as APIRequestContext, world: stage.world, noDataOfA: noDataOf(stage.secretsOfA, `${key} as B`) });
        await signedOut(browser, stage, key, c, false);
        await signedOut(browser, stage, key, c, true);
      });
    }

    if (rows) expect(await rows.snapshot(idOfA), "A's rows in the database").toEqual(rowsBefore);
    expect(await pagesOfA(stage), "A's pages").toEqual(pagesBefore);
    console.log(`authorization matrix: ${entries.length} endpoints covered${rows ? '' : ' (A\'s rows compared through A\'s pages: PGlite)'}`);
  } finally {
    await rows?.end();
    await stage.close();
  }
});
