import { describe, expect, it, vi } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing/databases';
import { sql } from 'drizzle-orm';
import { installLogRedaction, redactForLog } from './redact';

describe.each(testDatabaseKinds)('log redaction on %s', (kind) => {
  it('keeps the SQLSTATE of a failed query and drops its text, parameters and detail', async () => {
    const { handle, dispose } = await openTestDatabase(kind);
    try {
      const secret = 'legs burned after two espressos';
      const failure = await handle.db.execute(sql`select ${secret}::int`).then(
        () => null,
        (e: unknown) => e,
      );
      // db/query-errors.ts already scrubs it where it is made; redaction is the second net.
      expect(String((failure as Error).message)).not.toContain(secret);
      const safe = redactForLog(failure) as Error;
      expect(safe.message).toBe('Database query failed (SQLSTATE 22P02)');
      expect(`${safe.stack}`).not.toContain(secret);
      expect(`${safe.stack}`).toMatch(/\n\s+at /);
    } finally {
      await dispose();
    }
  });
});

describe('installLogRedaction', () => {
  it('redacts database errors passed to console.error and leaves everything else alone', () => {
    const lines: unknown[][] = [];
    const target = { error: (...a: unknown[]) => lines.push(a), warn: vi.fn(), log: vi.fn(), info: vi.fn() };
    installLogRedaction(target);
    const dbError = Object.assign(new Error('Failed query: select 1\nparams: user-42,2026-11-28'), {
      name: 'DrizzleQueryError',
      cause: Object.assign(new Error('boom'), { code: '57014' }),
    });
    const plain = new Error('a plain bug');
    target.error('⨯', dbError, plain, 'text');
    expect(lines).toHaveLength(1);
    const [prefix, redacted, untouched, text] = lines[0]!;
    expect(prefix).toBe('⨯');
    expect((redacted as Error).message).toBe('Database query failed (SQLSTATE 57014)');
    expect(JSON.stringify((redacted as Error).stack)).not.toContain('user-42');
    expect(untouched).toBe(plain);
    const brokenPipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });
    expect(redactForLog(brokenPipe)).toBe(brokenPipe);
    expect(text).toBe('text');
  });
});
