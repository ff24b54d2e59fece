import { inspect } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactForLog } from '@/lib/logging/redact';
import { sqlStateOf, UNIQUE_VIOLATION } from './queries/pg-errors';
import { DatabaseError } from './query-errors';
import { users } from './schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from './testing/databases';

const SECRET = 'zebra-quill-4417';

/** Every way an error reaches a log: printed, stringified, inspected with hidden fields, nested as a cause. */
function everyRendering(e: unknown): string {
  const nested = new Error('action failed', { cause: e });
  return [
    String(e),
    (e as Error).stack,
    JSON.stringify(e),
    JSON.stringify(Object.getOwnPropertyNames(e).map((k) => (e as Record<string, unknown>)[k])),
    inspect(e, { depth: 10, showHidden: true }),
    inspect(nested, { depth: 10, showHidden: true }),
  ].join('\n');
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (e) {
    return e;
  }
  throw new Error('expected the query to fail');
}

describe.each(testDatabaseKinds)('failed queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const account = (email: string) => ({ email, passwordHash: SECRET, displayName: `${SECRET} name`, timeZone: 'UTC' });

  it('a unique violation keeps its SQLSTATE and constraint, and none of the values', async () => {
    await test.handle.db.insert(users).values(account(`${SECRET}@example.com`));
    const e = await failure(() => test.handle.db.insert(users).values(account(`${SECRET}@example.com`)));
    expect(e).toBeInstanceOf(DatabaseError);
    expect(sqlStateOf(e)).toBe(UNIQUE_VIOLATION);
    expect((e as DatabaseError).constraint).toBe('users_email_lower_idx');
    expect(everyRendering(e)).not.toContain(SECRET);
    expect(everyRendering(e)).not.toContain('insert into');
  });

  it('a value PostgreSQL quotes in its own message (invalid uuid) is gone too', async () => {
    const e = await failure(() => test.handle.db.select().from(users).where(eq(users.id, SECRET)));
    expect(sqlStateOf(e)).toBe('22P02');
    expect(everyRendering(e)).not.toContain(SECRET);
  });

  it('inside a transaction and through raw SQL alike', async () => {
    const inTransaction = await failure(() =>
      test.handle.db.transaction(async (tx) => {
        await tx.insert(users).values(account(`${SECRET}-tx@example.com`));
        await tx.insert(users).values(account(`${SECRET}-tx@example.com`));
      }),
    );
    expect(sqlStateOf(inTransaction)).toBe(UNIQUE_VIOLATION);
    expect(everyRendering(inTransaction)).not.toContain(SECRET);
    const raw = await failure(() => test.handle.db.execute(sql`select ${SECRET}::int`));
    expect(sqlStateOf(raw)).toBe('22P02');
    expect(everyRendering(raw)).not.toContain(SECRET);
    expect(everyRendering(redactForLog(raw))).not.toContain(SECRET);
  });
});
