import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRETCH_CATALOG } from '@/lib/stretches/catalog';
import { stretches } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { createUser, deleteUser, findUserByEmail, getUser, updatePasswordHash, updateUserSettings } from './users';

const account = (email: string) => ({ email, passwordHash: 'hash', displayName: 'Sam', timeZone: 'Europe/Berlin' });

describe.each(testDatabaseKinds)('user queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('creates a user with their own copy of the stretch catalog', async () => {
    const user = await createUser({ account: account(`a-${randomUUID()}@example.com`) });
    expect(user).not.toBeNull();
    const own = await test.handle.db.select().from(stretches).where(eq(stretches.userId, user!.id));
    expect(own.map((s) => s.builtinKey).sort()).toEqual(STRETCH_CATALOG.map((s) => s.key).sort());
  });

  it('treats emails as unique regardless of case', async () => {
    const email = `Case-${randomUUID()}@Example.com`;
    expect(await createUser({ account: account(email) })).not.toBeNull();
    expect(await createUser({ account: account(email.toUpperCase()) })).toBeNull();
    expect((await findUserByEmail({ email: email.toLowerCase() }))?.email).toBe(email.toLowerCase());
  });

  it('updates settings and the password hash of that user only', async () => {
    const user = (await createUser({ account: account(`s-${randomUUID()}@example.com`) }))!;
    const other = (await createUser({ account: account(`o-${randomUUID()}@example.com`) }))!;
    await updateUserSettings({ userId: user.id, settings: { displayName: 'Alex', timeZone: 'Asia/Tokyo' } });
    await updatePasswordHash({ userId: user.id, passwordHash: 'new hash' });
    expect(await getUser({ userId: user.id })).toMatchObject({ displayName: 'Alex', timeZone: 'Asia/Tokyo', passwordHash: 'new hash' });
    expect(await getUser({ userId: other.id })).toMatchObject({ displayName: 'Sam', passwordHash: 'hash' });
  });

  it('deletes a user and every row they own', async () => {
    const user = (await createUser({ account: account(`d-${randomUUID()}@example.com`) }))!;
    await deleteUser({ userId: user.id });
    expect(await getUser({ userId: user.id })).toBeUndefined();
    const left = await test.handle.db.select().from(stretches).where(eq(stretches.userId, user.id));
    expect(left).toHaveLength(0);
  });
});
