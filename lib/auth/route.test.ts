import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ActionError } from '../errors';
import type { CurrentUser } from './current-user';

const signedIn: CurrentUser = { id: 'u1', sessionId: 's1', email: 'a@example.com', displayName: 'A', timeZone: 'UTC', createdAt: new Date(0) };
let currentUser: CurrentUser | null = signedIn;
vi.mock('./current-user', () => ({ getCurrentUser: async () => currentUser }));

const { publicRoute, RouteError, userRoute } = await import('./route');

const ORIGIN = 'http://127.0.0.1:3999';
process.env.NEXTAUTH_URL = ORIGIN;

const input = z.object({ notes: z.string().max(20, 'Keep notes under 20 characters') });
const echo = userRoute({ input }, async ({ input, user }) => ({ notes: input.notes, user: user.id }));

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/api/x`, {
    method: 'POST',
    body,
    headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
    duplex: 'half',
  } as RequestInit);
}

async function expectJson(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return response.json();
}

beforeEach(() => {
  currentUser = signedIn;
});

describe('userRoute', () => {
  it('answers the handler’s data for the signed-in user, validated, with no-store', async () => {
    expect(await expectJson(await echo(post(JSON.stringify({ notes: 'hi', extra: 1 }))), 200)).toEqual({ notes: 'hi', user: 'u1' });
  });

  it('reads the query for GET', async () => {
    const response = await echo(new Request(`${ORIGIN}/api/x?notes=from-query`));
    expect(await expectJson(response, 200)).toEqual({ notes: 'from-query', user: 'u1' });
  });

  it('refuses a signed-out request with 401 and never runs the handler', async () => {
    currentUser = null;
    const handler = vi.fn(async () => ({}));
    const response = await userRoute({ input }, handler)(new Request(`${ORIGIN}/api/x?notes=a`));
    expect((await expectJson(response, 401)).error).toBe('signed-out');
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers bad input with 400 and field messages', async () => {
    const body = await expectJson(await echo(post(JSON.stringify({ notes: 'x'.repeat(21) }))), 400);
    expect(body.fieldErrors).toEqual({ notes: ['Keep notes under 20 characters'] });
    expect((await expectJson(await echo(post(JSON.stringify([1, 2]))), 400)).error).toBe('invalid-input');
    expect((await expectJson(await echo(post(null)), 400)).error).toBe('invalid-input');
  });

  it('answers malformed JSON with 400, a non-JSON body with 415', async () => {
    expect((await expectJson(await echo(post('{"notes": ')), 400)).error).toBe('malformed-json');
    expect((await expectJson(await echo(post('notes=a', { 'content-type': 'application/x-www-form-urlencoded' })), 415)).error).toBe(
      'unsupported-media-type',
    );
  });

  it('refuses an oversized body with 413, by its declared length or while streaming it', async () => {
    const small = userRoute({ input, maxBytes: 100 }, async () => ({}));
    const declared = post('{}', { 'content-length': '1000000' });
    expect((await expectJson(await small(declared), 413)).error).toBe('too-large');

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'));
      },
    });
    expect((await expectJson(await small(post(endless)), 413)).error).toBe('too-large');
    expect(pulled).toBeLessThan(10);
  });

  it('checks Origin on every state-changing method, not on GET', async () => {
    const handler = vi.fn(async () => ({ done: true }));
    const route = userRoute({ input: z.unknown() }, handler);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const origin of [undefined, 'https://evil.example', 'null', `${ORIGIN}.evil.example`]) {
        const headers: Record<string, string> = origin ? { origin } : {};
        const response = await route(new Request(`${ORIGIN}/api/x`, { method, headers }));
        expect((await expectJson(response, 403)).error).toBe('cross-origin');
      }
      expect((await route(new Request(`${ORIGIN}/api/x`, { method, headers: { origin: ORIGIN } }))).status).toBe(200);
    }
    expect(handler).toHaveBeenCalledTimes(4);
    expect((await route(new Request(`${ORIGIN}/api/x`, { headers: { origin: 'https://evil.example' } }))).status).toBe(200);
  });

  it('answers 404 for params that do not parse, and for a notFound refusal', async () => {
    const byId = userRoute({ input: z.object({}), params: z.object({ id: z.uuid() }) }, async ({ params }) => {
      if (params.id !== '00000000-0000-4000-8000-000000000000') throw new ActionError('That entry was not found.', undefined, true);
      return { id: params.id };
    });
    const request = () => new Request(`${ORIGIN}/api/x`);
    expect((await byId(request(), { params: Promise.resolve({ id: 'not-a-uuid' }) })).status).toBe(404);
    expect((await byId(request(), { params: Promise.resolve({ id: '10000000-0000-4000-8000-000000000000' }) })).status).toBe(404);
    expect((await byId(request(), { params: Promise.resolve({ id: '00000000-0000-4000-8000-000000000000' }) })).status).toBe(200);
  });

  it('answers an unexpected error with a bare 500 and logs no detail of it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const leak = Object.assign(new Error('Failed query: insert … params: zebra-quill-4417'), { code: '23505', params: ['zebra-quill-4417'] });
    const route = userRoute({ input }, async () => {
      throw leak;
    });
    const response = await route(post(JSON.stringify({ notes: 'zebra-quill-4417' })));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toContain('zebra');
    expect(text).not.toContain('query');
    const logged = JSON.stringify(log.mock.calls);
    expect(logged).toContain('SQLSTATE 23505');
    expect(logged).not.toContain('zebra');
    log.mockRestore();
  });

  it('passes a Response of the handler through, with no-store, and maps RouteError to its status', async () => {
    const file = userRoute({ input: z.object({}) }, async () => new Response('pdf', { headers: { 'content-type': 'application/pdf' } }));
    const response = await file(new Request(`${ORIGIN}/api/x`));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('pdf');
    const redirect = userRoute({ input: z.object({}) }, async () => Response.redirect(`${ORIGIN}/today`, 303));
    expect((await redirect(new Request(`${ORIGIN}/api/x`))).headers.get('cache-control')).toBe('no-store');
    const gone = userRoute({ input: z.object({}) }, async () => {
      throw new RouteError(410, 'This link has expired.');
    });
    expect(await expectJson(await gone(new Request(`${ORIGIN}/api/x`)), 410)).toMatchObject({ message: 'This link has expired.' });
  });
});

describe('publicRoute', () => {
  it('needs no session but keeps validation, the Origin check and no-store', async () => {
    currentUser = null;
    const route = publicRoute({ input }, async ({ input }) => ({ notes: input.notes }));
    expect(await expectJson(await route(post(JSON.stringify({ notes: 'ok' }))), 200)).toEqual({ notes: 'ok' });
    expect((await route(post(JSON.stringify({ notes: 'ok' }), { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await route(post(JSON.stringify({ notes: 5 })))).status).toBe(400);
  });
});
