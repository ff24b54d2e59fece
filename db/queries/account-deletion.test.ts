import { randomUUID } from 'node:crypto';
import { count, eq, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAccount } from '../seed';
import * as schema from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { loadFactorLinks } from './factor-links';
import { saveReportProfile } from './report';
import { createSession } from './sessions';
import { createShareLink } from './share-links';
import { recordSignInAttempt } from './sign-in-attempts';
import { enableTwoFactor, startTwoFactorSetup } from './two-factor';
import { deleteAccount } from './users';

/**
 * Tables with no user_id, each with the reason it holds nothing of an account. Every other table
 * of the schema must have a user_id, so a table added later is counted here without editing this test.
 */
const NOT_PER_USER: Record<string, string> = {
  sign_in_attempts: 'keyed by a hash of the email, not the account; the email’s rows are cleared on deletion (checked below)',
  sign_up_attempts: 'keyed by a hash of the client address only: holds nothing of an account',
};

/** Tables the full-account fixture leaves empty: each must say why. */
const NOT_FILLED_BY_FIXTURE: Record<string, string> = {};

const tables: PgTable[] = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => is(value, PgTable));

function ownerColumn(table: PgTable): PgColumn | undefined {
  const config = getTableConfig(table);
  if (config.name === 'users') return config.columns.find((c) => c.name === 'id');
  return config.columns.find((c) => c.name === 'user_id');
}

const day = 24 * 60 * 60 * 1000;
const limits = { idleMs: 7 * day, maxMs: 30 * day };

describe.each(testDatabaseKinds)('deleting an account on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  async function rowsOf(userId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const column = ownerColumn(table);
      if (!column) continue;
      const [row] = await test.handle.db.select({ n: count() }).from(table).where(eq(column, userId));
      counts[getTableConfig(table).name] = row!.n;
    }
    return counts;
  }

  /** A full account: the demo generator's nights, factors, medications, routine…, two sessions, a failed sign-in. */
  async function fullAccount() {
    const email = `full-${randomUUID()}@example.com`;
    const { userId } = await seedDemoAccount({ email, today: '2025-03-01', nights: 40, seed: 7 });
    await createSession({ userId, deviceLabel: 'phone', limits });
    await createSession({ userId, deviceLabel: 'laptop', limits });
    await recordSignInAttempt({ email, client: 'test-client' });
    await startTwoFactorSetup({ userId, secretEncrypted: 'not-a-real-secret' });
    await enableTwoFactor({ userId, step: 1, recoveryCodeHashes: ['a'.repeat(64), 'b'.repeat(64)] });
    await saveReportProfile({ userId, profile: { reportName: 'On paper', dateOfBirth: '1970-01-01', questions: 'Iron?' } });
    await createShareLink({ userId, from: '2025-01-01', to: '2025-02-28', days: 7 });
    await loadFactorLinks({ userId, timeZone: 'Europe/Berlin', lastNight: '2025-02-28' });
    return { userId, email };
  }

  it('knows, for every table of the schema, how to find an account’s rows', () => {
    expect(tables.length).toBeGreaterThan(10);
    const names = tables.map((t) => getTableConfig(t).name);
    for (const table of tables) {
      const name = getTableConfig(table).name;
      if (!ownerColumn(table)) {
        expect(NOT_PER_USER[name], `table ${name} has no user_id: give it one, or say in NOT_PER_USER why it holds nothing of an account`).toBeDefined();
      }
    }
    for (const name of [...Object.keys(NOT_PER_USER), ...Object.keys(NOT_FILLED_BY_FIXTURE)]) expect(names).toContain(name);
  });

  it('removes every row of the account and nothing of anyone else’s', async () => {
    const user = await fullAccount();
    const bystander = await fullAccount();

    const before = await rowsOf(user.userId);
    for (const [table, n] of Object.entries(before)) {
      if (NOT_FILLED_BY_FIXTURE[table]) continue;
      expect(n, `the fixture should fill ${table} (or list it in NOT_FILLED_BY_FIXTURE)`).toBeGreaterThan(0);
    }
    const bystanderBefore = await rowsOf(bystander.userId);
    expect(Object.keys(before).sort()).toEqual(
      tables.map((t) => getTableConfig(t).name).filter((n) => !NOT_PER_USER[n]).sort(),
    );

    await deleteAccount(user);

    const after = await rowsOf(user.userId);
    expect(after).toEqual(Object.fromEntries(Object.keys(before).map((t) => [t, 0])));
    expect(await rowsOf(bystander.userId)).toEqual(bystanderBefore);
    // The email's sign-in attempts went too; the bystander's stayed.
    expect((await recordSignInAttempt({ email: user.email, client: 'test-client' })).earlier.email.count).toBe(0);
    expect((await recordSignInAttempt({ email: bystander.email, client: 'test-client' })).earlier.email.count).toBe(1);
  });
});
