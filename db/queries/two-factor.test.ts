import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import {
  claimTotpStep,
  disableTwoFactor,
  enableTwoFactor,
  getTwoFactor,
  spendRecoveryCode,
  startTwoFactorSetup,
  twoFactorStatus,
} from './two-factor';
import { createUser } from './users';

describe.each(testDatabaseKinds)('two-factor queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  const newUserId = async () =>
    (await createUser({
      account: { email: `t-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'Sam', timeZone: 'UTC' },
    }))!.id;

  it('keeps a set-up pending until enabled, then refuses a new set-up', async () => {
    const userId = await newUserId();
    expect(await twoFactorStatus({ userId })).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect(await startTwoFactorSetup({ userId, secretEncrypted: 'first' })).toBe(true);
    expect(await startTwoFactorSetup({ userId, secretEncrypted: 'second' })).toBe(true);
    expect((await getTwoFactor({ userId }))?.secretEncrypted).toBe('second');
    expect(await twoFactorStatus({ userId })).toEqual({ enabled: false, recoveryCodesLeft: 0 });

    expect(await enableTwoFactor({ userId, step: 100, recoveryCodeHashes: ['a', 'b', 'c'] })).toBe(true);
    expect(await enableTwoFactor({ userId, step: 101, recoveryCodeHashes: ['d'] })).toBe(false);
    expect(await startTwoFactorSetup({ userId, secretEncrypted: 'third' })).toBe(false);
    expect(await getTwoFactor({ userId })).toMatchObject({ secretEncrypted: 'second', lastUsedStep: 100 });
    expect(await twoFactorStatus({ userId })).toEqual({ enabled: true, recoveryCodesLeft: 3 });
  });

  it('claims each time step once, only moving forward', async () => {
    const userId = await newUserId();
    await startTwoFactorSetup({ userId, secretEncrypted: 's' });
    await enableTwoFactor({ userId, step: 10, recoveryCodeHashes: ['a'] });
    expect(await claimTotpStep({ userId, step: 10 })).toBe(false);
    expect(await claimTotpStep({ userId, step: 11 })).toBe(true);
    expect(await claimTotpStep({ userId, step: 11 })).toBe(false);
    expect(await claimTotpStep({ userId, step: 9 })).toBe(false);
    const [a, b] = await Promise.all([claimTotpStep({ userId, step: 12 }), claimTotpStep({ userId, step: 12 })]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
  });

  it('spends a recovery code once, and only the owner’s', async () => {
    const userId = await newUserId();
    const other = await newUserId();
    await startTwoFactorSetup({ userId, secretEncrypted: 's' });
    await enableTwoFactor({ userId, step: 1, recoveryCodeHashes: ['code-1', 'code-2'] });
    expect(await spendRecoveryCode({ userId: other, codeHash: 'code-1' })).toBe(false);
    expect(await spendRecoveryCode({ userId, codeHash: 'code-1' })).toBe(true);
    expect(await spendRecoveryCode({ userId, codeHash: 'code-1' })).toBe(false);
    expect(await spendRecoveryCode({ userId, codeHash: 'nope' })).toBe(false);
    expect(await twoFactorStatus({ userId })).toEqual({ enabled: true, recoveryCodesLeft: 1 });
  });

  it('turns off for that user only, codes included', async () => {
    const userId = await newUserId();
    const other = await newUserId();
    for (const id of [userId, other]) {
      await startTwoFactorSetup({ userId: id, secretEncrypted: 's' });
      await enableTwoFactor({ userId: id, step: 1, recoveryCodeHashes: ['c'] });
    }
    await disableTwoFactor({ userId });
    expect(await getTwoFactor({ userId })).toBeUndefined();
    expect(await twoFactorStatus({ userId })).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect(await spendRecoveryCode({ userId, codeHash: 'c' })).toBe(false);
    expect(await twoFactorStatus({ userId: other })).toEqual({ enabled: true, recoveryCodesLeft: 1 });
  });
});
