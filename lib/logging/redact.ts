import { sqlStateOf } from '@/db/queries/pg-errors';

type ErrorLike = { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown; digest?: unknown };

/**
 * Drizzle puts a failed query's parameters in the error message ("params: …"), and PostgreSQL's
 * detail can quote row values: user ids, dates, notes. Logs keep only what identifies the fault.
 */
function isDatabaseError(e: unknown): boolean {
  for (let err = e as ErrorLike | undefined, depth = 0; err && depth < 10; err = err.cause as ErrorLike, depth++) {
    if (typeof err !== 'object') return false;
    if (err.name === 'DrizzleQueryError' || 'params' in err || 'query' in err) return true;
    if (sqlStateOf(err) !== undefined) return true;
  }
  return false;
}

const stackFrames = (stack: unknown) =>
  typeof stack === 'string' ? stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];

/** The value to log in place of `value`: database errors lose their message, detail and parameters. */
export function redactForLog(value: unknown): unknown {
  if (!(value instanceof Error) || !isDatabaseError(value)) return value;
  const code = sqlStateOf(value);
  const safe = new Error(`Database query failed${code ? ` (SQLSTATE ${code})` : ''}`);
  safe.stack = [`Error: ${safe.message}`, ...stackFrames(value.stack)].join('\n');
  const digest = (value as ErrorLike).digest;
  if (typeof digest === 'string') Object.assign(safe, { digest }); // lets an error page be matched to its log line
  return safe;
}

type Logger = Pick<Console, 'error' | 'warn' | 'log' | 'info'>;

/** Routes every console method the framework logs errors through past redactForLog. */
export function installLogRedaction(target: Logger = console): void {
  for (const method of ['error', 'warn', 'log', 'info'] as const) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => original(...args.map(redactForLog));
  }
}
