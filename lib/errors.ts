import type { FieldErrors } from './validation/field-errors';

/** An expected refusal (a duplicate, a row that is not the user's), shown to the user as it is. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly notFound = false,
  ) {
    super(message);
  }
}

export const notFoundError = (what = 'That entry') => new ActionError(`${what} was not found.`, undefined, true);
