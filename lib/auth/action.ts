import 'server-only';
import { z } from 'zod';
import type { FieldErrors } from '../validation/common';
import { getCurrentUser, type CurrentUser } from './current-user';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors };

export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

async function run<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      message: 'Please check the highlighted fields.',
      fieldErrors: z.flattenError(parsed.error as z.ZodError).fieldErrors as FieldErrors,
    };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof ActionError) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
}

/** For the few actions open to signed-out visitors (sign-up). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (data: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => run(schema, input, handler);
}

/** Every other action: the signed-in user comes from the session, never from the input. */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  handler: (data: z.infer<S>, user: CurrentUser) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: 'Your session has ended. Please sign in again.' };
    return run(schema, input, (data) => handler(data, user));
  };
}
