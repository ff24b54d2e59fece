import 'server-only';
import { z } from 'zod';
import { ActionError } from '../errors';
import { sqlStateOf } from '@/db/queries/pg-errors';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors';
import { parseInput } from '../validation/parse-input';
import { getCurrentUser, type CurrentUser } from './current-user';

/** A refusal with its own status (e.g. 410 for an expired share link), answered as JSON. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type RouteErrorBody = { error: string; message: string; fieldErrors?: FieldErrors };

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> };
type RouteOptions<I extends z.ZodType, P extends z.ZodType> = {
  /** The query (GET, HEAD) or the JSON body (every other method). */
  input: I;
  /** The dynamic segments; a request whose segments do not parse is answered 404. */
  params?: P;
  maxBytes?: number;
};
type HandlerArgs<I extends z.ZodType, P extends z.ZodType> = { input: z.infer<I>; params: z.infer<P>; request: Request };
/** A handler answers with data (sent as JSON) or a Response of its own (a PDF, a download). */
type Answer = Response | Record<string, unknown> | unknown[];

function json(status: number, body: unknown, headers?: HeadersInit): Response {
  const response = Response.json(body, { status, headers });
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

const refusal = (status: number, error: string, message: string, fieldErrors?: FieldErrors) =>
  json(status, { error, message, ...(fieldErrors ? { fieldErrors } : {}) } satisfies RouteErrorBody);

/** The app's own origin: the public URL when configured, otherwise the one the request was made to. */
function ownOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  return new URL(configured || request.url).origin;
}

const TOO_LARGE = Symbol('too large');

/** Reads at most `max` bytes: a declared length over it is refused unread, a stream is cut off past it. */
async function readBody(request: Request, max: number): Promise<string | typeof TOO_LARGE> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > max) return TOO_LARGE;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

class BadRequest extends Error {
  constructor(
    readonly response: Response,
  ) {
    super('bad request');
  }
}

async function readInput(request: Request, maxBytes: number): Promise<unknown> {
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') return Object.fromEntries(new URL(request.url).searchParams);
  let text: string | typeof TOO_LARGE;
  try {
    text = await readBody(request, maxBytes);
  } catch {
    throw new BadRequest(refusal(400, 'bad-request', 'The request body could not be read.'));
  }
  if (text === TOO_LARGE) throw new BadRequest(refusal(413, 'too-large', `The request body is larger than ${maxBytes} bytes.`));
  if (text.trim() === '') return undefined;
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new BadRequest(refusal(415, 'unsupported-media-type', 'Send the request body as application/json.'));
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequest(refusal(400, 'malformed-json', 'The request body is not valid JSON.'));
  }
}

async function answer(result: Answer): Promise<Response> {
  if (!(result instanceof Response)) return json(200, result);
  try {
    result.headers.set('Cache-Control', 'no-store');
    return result;
  } catch {
    // Some responses (e.g. Response.redirect) have immutable headers: copy them.
    const copy = new Response(result.body, result);
    copy.headers.set('Cache-Control', 'no-store');
    return copy;
  }
}

function failure(e: unknown, method: string): Response {
  if (e instanceof BadRequest) return e.response;
  if (e instanceof RouteError) return refusal(e.status, 'refused', e.message);
  if (e instanceof ActionError) {
    if (e.notFound) return refusal(404, 'not-found', e.message);
    return refusal(400, e.fieldErrors ? 'invalid-input' : 'refused', e.message, e.fieldErrors);
  }
  // Errors can carry health data (a database error's parameters): log only what identifies the fault.
  const code = sqlStateOf(e);
  console.error(`Route failed: ${method} ${(e as Error)?.name ?? 'Error'}${code ? ` (SQLSTATE ${code})` : ''}`);
  return refusal(500, 'internal', 'Something went wrong on our side. Please try again.');
}

async function handle<I extends z.ZodType, P extends z.ZodType, T extends Answer>(
  options: RouteOptions<I, P>,
  request: Request,
  context: RouteContext | undefined,
  authorize: () => Promise<Response | null>,
  run: (args: HandlerArgs<I, P>) => Promise<T>,
): Promise<Response> {
  const method = request.method.toUpperCase();
  try {
    if (STATE_CHANGING.has(method)) {
      const origin = request.headers.get('origin');
      if (!origin || origin !== ownOrigin(request)) {
        return refusal(403, 'cross-origin', 'This request must come from the app itself.');
      }
    }
    const refused = await authorize();
    if (refused) return refused;
    let params: z.infer<P> = {} as z.infer<P>;
    if (options.params) {
      const parsed = await parseInput(options.params, (await context?.params) ?? {});
      if (!parsed.success) return refusal(404, 'not-found', 'Not found.');
      params = parsed.data;
    }
    const raw = await readInput(request, options.maxBytes ?? DEFAULT_MAX_BODY_BYTES);
    const parsed = await parseInput(options.input, raw);
    if (!parsed.success) {
      return refusal(400, 'invalid-input', 'Please check the highlighted fields.', fieldErrorsOf(parsed.error));
    }
    return await answer(await run({ input: parsed.data, params, request }));
  } catch (e) {
    return failure(e, method);
  }
}

/**
 * Every route handler but next-auth's goes through this: the signed-in user from the session
 * (401 without one), input validated by zod (4xx, never a 500), an Origin check on every
 * state-changing method, and `Cache-Control: no-store` on every answer.
 */
export function userRoute<I extends z.ZodType, P extends z.ZodType = z.ZodType<Record<string, never>>, T extends Answer = Answer>(
  options: RouteOptions<I, P>,
  handler: (args: HandlerArgs<I, P> & { user: CurrentUser }) => Promise<T>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    let user: CurrentUser | null = null;
    return handle(
      options,
      request,
      context,
      async () => {
        user = await getCurrentUser();
        return user ? null : refusal(401, 'signed-out', 'Your session has ended. Please sign in again.');
      },
      (args) => handler({ ...args, user: user! }),
    );
  };
}

/** For the few endpoints open to signed-out visitors (a share link): the same checks, no session. */
export function publicRoute<I extends z.ZodType, P extends z.ZodType = z.ZodType<Record<string, never>>, T extends Answer = Answer>(
  options: RouteOptions<I, P>,
  handler: (args: HandlerArgs<I, P>) => Promise<T>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> =>
    handle(options, request, context, async () => null, handler);
}
