import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/db/queries/users';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@/db/testing/databases';
import { authorizeCredentials } from './options';
import { hashPassword } from './password';
import { SIGN_IN_MAX_ATTEMPTS } from './sign-in-throttle';

const THROTTLED = /^SignInThrottled:15$/;

describe.each(testDatabaseKinds)('credentials sign-in on %s', (kind) => {
  let test: TestDatabase;
  let passwordHash: string;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
    passwordHash = await hashPassword('the right passphrase');
  });
  afterAll(async () => test?.dispose());

  const newAccount = async () =>
    (await createUser({
      account: { email: `s-${randomUUID()}@example.com`, passwordHash, displayName: 'Sam', timeZone: 'Europe/Berlin' },
    }))!;
  const failTimes = async (email: string, times: number) => {
    for (let i = 0; i < times; i++) expect(await authorizeCredentials({ email, password: 'a wrong guess' })).toBeNull();
  };

  it('refuses the right password after ten wrong ones, without telling', async () => {
    const user = await newAccount();
    await failTimes(user.email, SIGN_IN_MAX_ATTEMPTS);
    await expect(authorizeCredentials({ email: user.email.toUpperCase(), password: 'the right passphrase' })).rejects.toThrow(
      THROTTLED,
    );
  });

  it('throttles unknown emails the same way', async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    await failTimes(email, SIGN_IN_MAX_ATTEMPTS);
    await expect(authorizeCredentials({ email, password: 'a wrong guess' })).rejects.toThrow(THROTTLED);
  });

  it('starts afresh after a successful sign-in', async () => {
    const user = await newAccount();
    await failTimes(user.email, SIGN_IN_MAX_ATTEMPTS - 1);
    expect(await authorizeCredentials({ email: user.email, password: 'the right passphrase' })).toMatchObject({ id: user.id });
    await failTimes(user.email, SIGN_IN_MAX_ATTEMPTS);
    await expect(authorizeCredentials({ email: user.email, password: 'the right passphrase' })).rejects.toThrow(THROTTLED);
  });
});
