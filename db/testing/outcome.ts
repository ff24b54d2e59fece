/**
 * What a caller can see of a call's outcome: its value, or its error's message, field errors and not-found flag.
 * Comparing these for another user's id and a random one proves "not found" says nothing about other accounts.
 */
export async function outcomeOf(call: Promise<unknown>): Promise<unknown> {
  try {
    return { value: await call };
  } catch (e) {
    const { message, fieldErrors, notFound } = e as { message: string; fieldErrors?: unknown; notFound?: boolean };
    return { message, fieldErrors, notFound };
  }
}
