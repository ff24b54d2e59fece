import 'server-only';
import { z } from 'zod';
import { sqlStateOf } from '@/db/queries/pg-errors';
import { ActionError } from '../errors';
import { parseInput } from '../validation/parse-input';
import { fieldErrorsOf, type FieldErrors } from '../validation/field-errors';
import { getCurrentUser, type CurrentUser } from './current-user';

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors;
      notFound?: boolean;
      signedOut?: boolean;
      /** The write was made in another account than the one signed in now: nothing was stored. */
      wrongAccount?: boolean;
    };

export { ActionError, notFoundError } from '../errors';


async function run<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = await parseInput(schema, input);
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
 *
 * `owner` is the account the caller made the write in (the device's offline queue sends it with
 * every write): when another account is signed in now, for instance in another tab of the same
 * browser, the write is refused before anything is read or stored. It can only refuse, never
 * grant: the user is still the session's.
 */
export function userAction<S extends z.ZodType, T>(
  schema: S | ((user: CurrentUser) => S),
  handler: (data: z.infer<S>, user: CurrentUser) => Promise<T>,
) {
  return async (input: unknown, owner?: string): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, signedOut: true, message: 'Your session has ended. Please sign in again.' };
    if (owner !== undefined && owner !== user.id) {
      return { ok: false, wrongAccount: true, message: 'This was entered in another account than the one signed in now, so it was not saved.' };
    }
    const resolved = typeof schema === 'function' ? (schema as (u: CurrentUser) => S)(user) : schema;
    return run(resolved, input, (data) => handler(data, user));
  };
}
