import './zod-config';
import { z } from 'zod';

export const UNREADABLE_INPUT_MESSAGE = 'Some of what was sent could not be read. Please reload the page and try again.';

/**
 * `safeParseAsync` that never throws: zod 4.6's length checks can throw on exotic values (an object
 * whose `length` has no prototype), and a throw at the boundary would be a 500, not a refusal.
 */
export async function parseInput<S extends z.ZodType>(schema: S, input: unknown): Promise<z.ZodSafeParseResult<z.output<S>>> {
  try {
    return await schema.safeParseAsync(input);
  } catch {
    const error = new z.ZodError([{ code: 'custom', path: [], message: UNREADABLE_INPUT_MESSAGE, input }]);
    return { success: false, error, data: undefined } as z.ZodSafeParseResult<z.output<S>>;
  }
}
