/** The SQLSTATE of a failed query, looked up through drizzle's wrapping (PGlite and postgres.js alike). */
export function sqlStateOf(e: unknown): string | undefined {
  for (let err = e as { code?: unknown; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    // Node's system errors (EPIPE, EPERM) have five-letter codes too, and a syscall.
    if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && !('syscall' in err)) return err.code;
  }
  return undefined;
}

export const FOREIGN_KEY_VIOLATION = '23503';
export const UNIQUE_VIOLATION = '23505';
