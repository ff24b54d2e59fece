import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS, signInThrottle } from '@/lib/auth/sign-in-throttle';
import { signInAttempts, signUpAttempts } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import {
  clearSignInAttempts,
  recordSignInAttempt,
  recordSignUpAttempt,
  withdrawSignInAttempt,
  withdrawSignUpAttempt,
} from './sign-in-attempts';

const newEmail = () => `Guess-${randomUUID()}@Example.com`;
const newClient = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe.each(testDatabaseKinds)('sign-in and sign-up attempt queries on %s', (kind) => {
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

  it('counts earlier attempts per email and address, per address and per email, with the latest of each', async () => {
    const email = newEmail();
    const client = newClient();
    const start = new Date(Math.floor(Date.now() / 1000) * 1000);
    const first = await recordSignInAttempt({ email, client, now: start });
    expect(first.earlier).toEqual({ pair: { count: 0 }, client: { count: 0 }, email: { count: 0 } });
    await recordSignInAttempt({ email: newEmail(), client, now: minutesAfter(start, 1) });
    await recordSignInAttempt({ email, client: newClient(), now: minutesAfter(start, 2) });
    await recordSignInAttempt({ email: newEmail(), client: newClient(), now: minutesAfter(start, 2) });
    const later = await recordSignInAttempt({ email: ` ${email.toUpperCase()} `, client, now: minutesAfter(start, 3) });
    expect(later.earlier).toEqual({
      pair: { count: 1, last: start },
      client: { count: 2, last: minutesAfter(start, 1) },
      email: { count: 2, last: minutesAfter(start, 2) },
    });
  });

  it('stores neither the email nor the address as written', async () => {
    const email = newEmail();
    const client = newClient();
    await recordSignInAttempt({ email, client });
    const rows = await rowsFor(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.clientHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = JSON.stringify(await test.handle.db.select().from(signInAttempts)).toLowerCase();
    expect(stored).not.toContain(email.toLowerCase());
    expect(stored).not.toContain(client);
  });

  it('withdraws one attempt, and on success clears only that email from that address', async () => {
    const email = newEmail();
    const client = newClient();
    const elsewhere = newClient();
    const first = await recordSignInAttempt({ email, client });
    await recordSignInAttempt({ email, client });
    await recordSignInAttempt({ email, client: elsewhere });
    await withdrawSignInAttempt({ id: first.id });
    expect(await rowsFor(email)).toHaveLength(2);
    await clearSignInAttempts({ email: email.toUpperCase(), client });
    const left = await rowsFor(email);
    expect(left).toHaveLength(1);
    expect((await recordSignInAttempt({ email, client: elsewhere })).earlier.pair.count).toBe(1);
  });

  it('prunes every attempt once it leaves the window', async () => {
    const email = newEmail();
    const other = newEmail();
    const client = newClient();
    const start = new Date();
    await recordSignInAttempt({ email, client, now: start });
    await recordSignInAttempt({ email: other, client: newClient(), now: minutesAfter(start, 1) });
    const later = await recordSignInAttempt({ email, client, now: minutesAfter(start, 15) });
    expect(later.earlier.pair).toEqual({ count: 0 });
    expect(await rowsFor(email)).toHaveLength(1);
    await recordSignInAttempt({ email: newEmail(), client, now: minutesAfter(start, 16) });
    expect(await rowsFor(other)).toHaveLength(0);
  });

  it('never lets more than the free attempts through when they arrive together', async () => {
    const now = new Date();
    const allowedTogether = async (email: string, client: string, count: number) => {
      const attempts = await Promise.all(Array.from({ length: count }, () => recordSignInAttempt({ email, client, now })));
      return attempts.filter((a) => signInThrottle({ attempts: a.earlier, now }).allowed).length;
    };
    const free = SIGN_IN_LIMITS.pair.free;
    expect(await allowedTogether(newEmail(), newClient(), free)).toBe(free);
    expect(await allowedTogether(newEmail(), newClient(), free + 7)).toBeLessThanOrEqual(free);
  });

  it('returns the address’s earlier sign-ups in the hour, hashed, and withdraws one', async () => {
    const client = newClient();
    const start = new Date(Math.floor(Date.now() / 1000) * 1000);
    expect((await recordSignUpAttempt({ client, now: start })).earlier).toEqual([]);
    await recordSignUpAttempt({ client: newClient(), now: start });
    const second = await recordSignUpAttempt({ client, now: minutesAfter(start, 1) });
    expect(second.earlier).toEqual([start]);
    await withdrawSignUpAttempt({ id: second.id });
    expect((await recordSignUpAttempt({ client, now: minutesAfter(start, 2) })).earlier).toEqual([start]);
    expect((await recordSignUpAttempt({ client, now: minutesAfter(start, 61) })).earlier).toEqual([minutesAfter(start, 2)]);
    expect(JSON.stringify(await test.handle.db.select().from(signUpAttempts))).not.toContain(client);
  });
});
