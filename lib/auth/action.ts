import 'server-only';
import { z } from 'zod';
import { sqlStateOf } from '@/db/queries/pg-errors';
import { ActionError } from '../errors';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors';
import { getCurrentUser, type CurrentUser } from './current-user';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; notFound?: boolean; signedOut?: boolean };

export { ActionError, notFoundError } from '../errors';


async function run<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, message: 'Please check the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, message: e.message, fieldErrors: e.fieldErrors, notFound: e.notFound };
    // Database errors carry the query's parameters (health data): log only what identifies the fault.
    const code = sqlStateOf(e);
    console.error(`Action failed: ${(e as Error)?.name ?? 'Error'}${code ? ` (SQLSTATE ${code})` : ''}`);
    return { ok: false, message: 'Something went wrong on our side, so this was not saved. Please try again.' };
  }
}

/** For the few actions open to signed-out visitors (sign-up). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (data: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => run(schema, input, handler);
}

/**
 * Every other action: the signed-in user comes from the session, never from the input.
 * `schema` may depend on the user (e.g. wall-clock times read in their time zone).
 */
export function userAction<S extends z.ZodType, T>(
  schema: S | ((user: CurrentUser) => S),
  handler: (data: z.infer<S>, user: CurrentUser) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, signedOut: true, message: 'Your session has ended. Please sign in again.' };
    const resolved = typeof schema === 'function' ? (schema as (u: CurrentUser) => S)(user) : schema;
    return run(resolved, input, (data) => handler(data, user));
  };
}
