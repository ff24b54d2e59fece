import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_MAX_ATTEMPTS, signInThrottle } from '@/lib/auth/sign-in-throttle';
import { signInAttempts } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { clearSignInAttempts, recordSignInAttempt, withdrawSignInAttempt } from './sign-in-attempts';

const newEmail = () => `Guess-${randomUUID()}@Example.com`;
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe.each(testDatabaseKinds)('sign-in attempt queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const rowsFor = (email: string) =>
    test.handle.db
      .select()
      .from(signInAttempts)
      .where(eq(signInAttempts.emailHash, createHash('sha256').update(email.toLowerCase()).digest('hex')));

  it('keeps attempts per email whatever its case, as a hash, and returns the earlier ones', async () => {
    const email = newEmail();
    const start = new Date();
    const first = await recordSignInAttempt({ email, now: start });
    expect(first.earlier).toEqual([]);
    await recordSignInAttempt({ email: newEmail(), now: start });
    const second = await recordSignInAttempt({ email: ` ${email.toUpperCase()} `, now: minutesAfter(start, 1) });
    expect(second.earlier).toEqual([start]);

    const rows = await rowsFor(email);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.emailHash))).toBe(true);
    const stored = await test.handle.db.select().from(signInAttempts);
    expect(JSON.stringify(stored).toLowerCase()).not.toContain(email.toLowerCase());
  });

  it('withdraws one attempt, and clears only the signed-in email’s', async () => {
    const email = newEmail();
    const other = newEmail();
    const now = new Date();
    const first = await recordSignInAttempt({ email, now });
    await recordSignInAttempt({ email, now });
    await recordSignInAttempt({ email: other, now });
    await withdrawSignInAttempt({ id: first.id });
    expect(await rowsFor(email)).toHaveLength(1);
    await clearSignInAttempts({ email: email.toUpperCase() });
    expect(await rowsFor(email)).toHaveLength(0);
    expect(await rowsFor(other)).toHaveLength(1);
  });

  it('prunes every email’s attempts once they leave the window', async () => {
    const email = newEmail();
    const other = newEmail();
    const start = new Date();
    await recordSignInAttempt({ email, now: start });
    await recordSignInAttempt({ email: other, now: minutesAfter(start, 1) });
    const later = await recordSignInAttempt({ email, now: minutesAfter(start, 15) });
    expect(later.earlier).toEqual([]);
    expect(await rowsFor(email)).toHaveLength(1);
    expect(await rowsFor(other)).toHaveLength(1);
    await recordSignInAttempt({ email: newEmail(), now: minutesAfter(start, 16) });
    expect(await rowsFor(other)).toHaveLength(0);
  });

  it('never lets more than the limit through when attempts arrive together', async () => {
    const now = new Date();
    const allowedTogether = async (email: string, count: number) => {
      const attempts = await Promise.all(Array.from({ length: count }, () => recordSignInAttempt({ email, now })));
      const refused = attempts.filter((a) => !signInThrottle({ attempts: a.earlier, now }).allowed);
      await Promise.all(refused.map((a) => withdrawSignInAttempt({ id: a.id })));
      return count - refused.length;
    };
    expect(await allowedTogether(newEmail(), SIGN_IN_MAX_ATTEMPTS)).toBe(SIGN_IN_MAX_ATTEMPTS);

    const email = newEmail();
    for (let i = 0; i < 5; i++) await recordSignInAttempt({ email, now });
    expect(await allowedTogether(email, 15)).toBeLessThanOrEqual(SIGN_IN_MAX_ATTEMPTS - 5);
    expect((await rowsFor(email)).length).toBeLessThanOrEqual(SIGN_IN_MAX_ATTEMPTS);
  });
});
