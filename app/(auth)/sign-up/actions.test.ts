import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '@/db/queries/users';
import { SIGN_UP_LIMIT } from '@/lib/auth/sign-in-throttle';
import { COMMON_PASSWORD_MESSAGE } from '@/lib/validation/auth';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@/db/testing/databases';
import { signUp } from './actions';

describe.each(testDatabaseKinds)('the sign-up action on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('refuses bad input itself, with a message per field, and stores nothing', async () => {
    const email = `bad-${randomUUID()}@example.com`;
    const result = await signUp({ displayName: '', email, password: 'short', timeZone: 'Not/AZone' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['displayName', 'password', 'timeZone']);
    expect(await findUserByEmail({ email })).toBeUndefined();
  });

  it('stores a valid account once, with its email lower-cased', async () => {
    const email = `Good-${randomUUID()}@Example.com`;
    const input = { displayName: 'Sam', email, password: 'a long enough passphrase', timeZone: 'Europe/Berlin' };
    expect(await signUp(input)).toMatchObject({ ok: true, data: { email: email.toLowerCase() } });
    const again = await signUp(input);
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/already exists/)] } });
  });

  it('refuses one of the most common passwords with a clear message', async () => {
    const email = `common-${randomUUID()}@example.com`;
    const result = await signUp({ displayName: 'Sam', email, password: 'iloveyou1', timeZone: 'Europe/Berlin' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [COMMON_PASSWORD_MESSAGE] } });
    expect(await findUserByEmail({ email })).toBeUndefined();
  });

  it('limits the accounts one address creates in an hour, and stores nothing past it', async () => {
    // Outside a request every sign-up comes from the same (unknown) address; two were made above.
    const signUpAs = (email: string) => signUp({ displayName: 'Sam', email, password: 'a long enough passphrase', timeZone: 'UTC' });
    for (let i = 2; i < SIGN_UP_LIMIT.max; i++) expect((await signUpAs(`n${i}-${randomUUID()}@example.com`)).ok).toBe(true);
    const email = `over-${randomUUID()}@example.com`;
    const refused = await signUpAs(email);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Too many accounts were created from this network/) });
    expect(await findUserByEmail({ email })).toBeUndefined();
  });
});
