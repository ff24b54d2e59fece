// Calls a server action the way the browser's router does: a POST with the action's id in
// `Next-Action` and the arguments encoded as React's encodeReply encodes plain values.
import type { APIRequestContext } from '@playwright/test';
import type { ActionRef } from './endpoints';

export type ActionResult =
  | { ok: true; data: unknown }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; notFound?: boolean; signedOut?: boolean };

function serializeNumber(n: number): number | string {
  if (Number.isFinite(n)) return Object.is(n, -0) ? '$-0' : n;
  return n === Infinity ? '$Infinity' : n === -Infinity ? '$-Infinity' : '$NaN';
}

/** React's reply encoding for JSON-like values (what `encodeReply` sends as a plain string). */
export function encodeReply(args: unknown[]): string {
  return JSON.stringify(args, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    if (original instanceof Date) return Number.isNaN(original.getTime()) ? null : `$D${value as string}`;
    if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value;
    if (typeof value === 'number') return serializeNumber(value);
    if (typeof value === 'bigint') return `$n${value.toString()}`;
    if (value === undefined) return '$undefined';
    return value;
  });
}

function decodeValue(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    if (value.startsWith('$$')) return value.slice(1);
    if (value === '$undefined') return undefined;
    if (value.startsWith('$D')) return value.slice(2);
    return value;
  }
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeValue(v)]));
  return value;
}

/** The action's return value from an RSC response ('0:{"a":"$@1",…}\n1:{…}'). */
export function actionResultOf(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  const head = rows.get('0');
  if (!head) throw new Error(`Not an action response: ${body.slice(0, 200)}`);
  const ref = (JSON.parse(head) as { a?: string }).a;
  const row = typeof ref === 'string' && ref.startsWith('$@') ? rows.get(ref.slice(2)) : undefined;
  if (row === undefined) throw new Error(`No action result in the response: ${body.slice(0, 200)}`);
  return decodeValue(JSON.parse(row));
}

export type ActionCall = { status: number; body: string; result?: ActionResult; redirectedTo?: string };

export async function postAction(
  request: APIRequestContext,
  action: Pick<ActionRef, 'id' | 'path'>,
  args: unknown[],
  opts: { path?: string; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<ActionCall> {
  const response = await request.post(opts.path ?? action.path, {
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      ...opts.headers,
    },
    data: opts.rawBody ?? encodeReply(args),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  const status = response.status();
  if (status >= 300 && status < 400) return { status, body, redirectedTo: response.headers()['location'] };
  if (status !== 200 || !(response.headers()['content-type'] ?? '').includes('text/x-component')) return { status, body };
  return { status, body, result: actionResultOf(body) as ActionResult };
}
