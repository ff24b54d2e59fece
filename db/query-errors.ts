import { PgPreparedQuery } from 'drizzle-orm/pg-core';
import { sqlStateOf } from './queries/pg-errors';

/**
 * What a failed query throws in this app. drizzle's own error puts the query's parameters in its
 * message ("params: …", health data), and the driver's error keeps them too (PGlite's `params`,
 * postgres.js's `parameters`), as does PostgreSQL's `detail` ("Key (…)=(…)"). This one keeps only
 * what identifies the fault, so no log, stringified or nested error can carry a value.
 */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    readonly code: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(`Database query failed${code ? ` (SQLSTATE ${code})` : ''}${constraint ? ` on ${constraint}` : ''}`);
  }
}

function constraintOf(e: unknown): string | undefined {
  for (let err = e as Record<string, unknown> | undefined, depth = 0; err && depth < 10; err = err.cause as typeof err, depth++) {
    const name = err.constraint_name ?? err.constraint;
    if (typeof name === 'string' && /^[a-z0-9_]+$/i.test(name)) return name;
  }
  return undefined;
}

export function toDatabaseError(e: unknown): DatabaseError {
  if (e instanceof DatabaseError) return e;
  return new DatabaseError(sqlStateOf(e), constraintOf(e));
}

type Patched = { queryWithCache: (...args: unknown[]) => Promise<unknown>; __stillnightScrubbed?: true };

/**
 * Every drizzle query of both drivers runs through PgPreparedQuery.queryWithCache, where drizzle
 * wraps the driver's error: its failures are replaced there, where they are made. Idempotent.
 */
export function installQueryErrorScrubbing(): void {
  const proto = PgPreparedQuery.prototype as unknown as Patched;
  if (proto.__stillnightScrubbed) return;
  const original = proto.queryWithCache;
  proto.queryWithCache = async function (this: unknown, ...args: unknown[]) {
    try {
      return await original.apply(this, args);
    } catch (e) {
      throw toDatabaseError(e);
    }
  };
  proto.__stillnightScrubbed = true;
}
