// Every server action (the cases of e2e/endpoint-cases.ts, which the authorization matrix checks
// against the source) fed generated junk through the real server: an answer with a message, never
// a 500, and not one row stored from a refused input. Oversized bodies are refused before any action.
import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { junkFor } from '../lib/testing/junk';
import { ACTION_BODY_LIMIT_BYTES } from '../lib/http/body-limit';
import { ENDPOINT_CASES, type ActionCase } from './endpoint-cases';
import { encodeReply, postAction } from './support/server-actions';
import { userRowsOnPostgres } from './support/user-rows';
import { setUpStage } from './support/world';
import { isOneRunPerServer, shareOfWork } from './support/runs';

test.describe.configure({ mode: 'serial' });

// 30 junk calls per action in the suite: PostgreSQL, where the stored rows are counted, takes 20.
const RUNS_PER_ACTION = shareOfWork({ postgres: [20], pglite: [10] }, [30])[0]!;
const actionCases = Object.entries(ENDPOINT_CASES).filter((e): e is [string, ActionCase] => e[1].kind === 'action');

test('every server action answers junk with a message and stores nothing', async ({ browser }) => {
  test.skip(!isOneRunPerServer(test.info()), 'plain HTTP: one viewport per database is enough');
  test.setTimeout(600_000);
  const stage = await setUpStage(browser);
  const rows = userRowsOnPostgres();
  if (!rows) console.log('bad input: rows not counted on PGlite (the server holds the folder); answers checked');
  try {
    const idOfB = rows ? await rows.userId(stage.b.email) : '';
    // Other specs sign up in parallel: count only accounts a junk sign-up could have made (its strings as emails).
    const stringsIn = (value: unknown, out: string[] = []): string[] => {
      if (typeof value === 'string') out.push(value);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) if (out.length < 200) stringsIn(v, out);
      return out;
    };
    let args: unknown[] = [];
    const counts = async () => (rows ? { rows: await rows.count(idOfB), users: await rows.usersWithEmailIn(stringsIn(args)) } : null);
    let calls = 0;
    for (const [key, c] of actionCases) {
      await test.step(key, async () => {
        const sample = c.attacks(stage.world)[0];
        const shape = sample && typeof sample === 'object' && !Array.isArray(sample) ? (sample as Record<string, unknown>) : undefined;
        await fc.assert(
          fc.asyncProperty(junkFor(shape), fc.constantFrom<'one' | 'none' | 'two'>('one', 'one', 'one', 'none', 'two'), async (input, arity) => {
            args = arity === 'one' ? [input] : arity === 'none' ? [] : [input, input];
            const before = await counts();
            const { status, body, result } = await postAction(stage.b.context.request, stage.actions.get(key)!, args, {
              headers: { Origin: new URL(stage.b.page.url()).origin },
            });
            calls++;
            if (Buffer.byteLength(encodeReply(args)) > ACTION_BODY_LIMIT_BYTES) {
              expect(status, `${key}: an oversized body`).toBe(413);
              if (before) expect(await counts(), 'rows stored from an oversized input').toEqual(before);
              return;
            }
            expect(status, `${key}: ${body.slice(0, 300)}`).toBe(200);
            expect(typeof result?.ok, body.slice(0, 300)).toBe('boolean');
            if (result!.ok) {
              if (c.expect === 'ownOnly' && c.endsSession) await stage.signInAgain(stage.b);
              return;
            }
            expect(result!.message.trim().length, 'a refusal says why').toBeGreaterThan(0);
            expect(result!.signedOut, 'B lost the session: the test no longer tests the action').not.toBe(true);
            if (before) expect(await counts(), 'rows stored from a refused input').toEqual(before);
          }),
          { numRuns: RUNS_PER_ACTION, endOnFailure: true },
        );
      });
    }
    console.log(`bad input: ${actionCases.length} actions, ${calls} junk calls`);
  } finally {
    await rows?.end();
    await stage.close();
  }
});

test('an oversized action body is refused with 413 and stores nothing; the largest legit input passes', async ({ browser }) => {
  const stage = await setUpStage(browser);
  const rows = userRowsOnPostgres();
  try {
    const key = 'app/(app)/log/episodes/actions.ts#saveEpisodeForm';
    const action = stage.actions.get(key)!;
    const headers = { Origin: new URL(stage.b.page.url()).origin };
    const day = stage.world.daysAgo(1);
    const episode = (notes: string) => ({
      id: stage.world.fresh(),
      startedAt: `${day}T01:00`,
      endedAt: `${day}T01:30`,
      severity: 5,
      bodyAreas: [],
      sensations: [],
      reliefs: [],
      notes,
    });
    const idOfB = rows ? await rows.userId(stage.b.email) : '';
    const before = rows ? await rows.count(idOfB) : null;

    // The largest notes the form allows, in characters that take the most bytes.
    const largest = await postAction(stage.b.context.request, action, [episode('"漢'.repeat(1000))], { headers });
    expect(largest.result, largest.body.slice(0, 300)).toMatchObject({ ok: true });

    for (const path of [action.path, '/sign-up', '/']) {
      const huge = await postAction(stage.b.context.request, action, [episode('x'.repeat(ACTION_BODY_LIMIT_BYTES))], { headers, path });
      expect(huge.status, `${path}: ${huge.body.slice(0, 200)}`).toBe(413);
    }
    if (rows && before) expect(await rows.count(idOfB)).toEqual({ ...before, episodes: before.episodes! + 1 });
  } finally {
    await rows?.end();
    await stage.close();
  }
});
