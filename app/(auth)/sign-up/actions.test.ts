import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '@/db/queries/users';
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
});
