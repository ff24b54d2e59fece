import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enableTwoFactor, startTwoFactorSetup } from '@/db/queries/two-factor';
import { createUser } from '@/db/queries/users';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '@/db/testing/databases';
import { authorizeCredentials } from './options';
import { hashPassword } from './password';
import { getAuthSecret } from './secret';
import { SIGN_IN_LIMITS } from './sign-in-throttle';
import { encryptTotpSecret, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpCodeAt } from './two-factor';

// Read once by getEnv() on the first sign-in: these tests stand behind one trusted proxy.
process.env.TRUST_PROXY = '1';
process.env.NEXTAUTH_SECRET ??= 'test-secret-test-secret-test-secret-test';

const THROTTLED = /^SignInThrottled:\d+$/;
const RIGHT = 'the right passphrase';
let addressCount = 0;
const newAddress = () => `198.51.100.${++addressCount % 250}:${randomUUID().slice(0, 8)}`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': `10.9.9.9, ${address}` } });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.each(testDatabaseKinds)('credentials sign-in on %s', (kind) => {
  let test: TestDatabase;
  let passwordHash: string;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
    passwordHash = await hashPassword(RIGHT);
  });
  afterAll(async () => test?.dispose());
  afterEach(() => vi.useRealTimers());

  const newAccount = async () =>
    (await createUser({
      account: { email: `s-${randomUUID()}@example.com`, passwordHash, displayName: 'Sam', timeZone: 'Europe/Berlin' },
    }))!;
  const failTimes = async (email: string, address: string, times: number) => {
    for (let i = 0; i < times; i++) {
      expect(await authorizeCredentials({ email, password: `a wrong guess ${i}` }, from(address))).toBeNull();
    }
  };
  const moveClock = (ms: number) => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ms });
  };

  it('after many failures from one address, delays that address, even for the right password', async () => {
    const user = await newAccount();
    const attacker = newAddress();
    await failTimes(user.email, attacker, SIGN_IN_LIMITS.pair.free);
    await expect(authorizeCredentials({ email: user.email.toUpperCase(), password: RIGHT }, from(attacker))).rejects.toThrow(
      THROTTLED,
    );
  });

  it('lets the right password in from another address straight away', async () => {
    const user = await newAccount();
    for (let i = 0; i < 4; i++) await failTimes(user.email, newAddress(), SIGN_IN_LIMITS.pair.free);
    expect(await authorizeCredentials({ email: user.email, password: RIGHT }, from(newAddress()))).toMatchObject({ id: user.id });
  });

  it('is a delay, not a lock: after the wait the right password gets in from the same address', async () => {
    const user = await newAccount();
    const address = newAddress();
    await failTimes(user.email, address, SIGN_IN_LIMITS.pair.free);
    await expect(authorizeCredentials({ email: user.email, password: RIGHT }, from(address))).rejects.toThrow(/^SignInThrottled:5$/);
    moveClock(5_500);
    expect(await authorizeCredentials({ email: user.email, password: RIGHT }, from(address))).toMatchObject({ id: user.id });
    // …and that success starts the address afresh for this email.
    await failTimes(user.email, address, SIGN_IN_LIMITS.pair.free);
  });

  it('throttles unknown emails the same way, and trusts only the proxy’s entry of X-Forwarded-For', async () => {
    const email = `nobody-${randomUUID()}@example.com`;
    const address = newAddress();
    await failTimes(email, address, SIGN_IN_LIMITS.pair.free);
    await expect(authorizeCredentials({ email, password: 'again' }, from(address))).rejects.toThrow(THROTTLED);
    // A forged first entry does not make a new address: only the last (the proxy's) counts.
    const forged = { headers: { 'x-forwarded-for': `${newAddress()}, ${address}` } };
    await expect(authorizeCredentials({ email, password: 'again' }, forged)).rejects.toThrow(THROTTLED);
  });

  it('answers an unknown email and a wrong password alike, in similar time', async () => {
    const user = await newAccount();
    const unknown: number[] = [];
    const wrong: number[] = [];
    const timed = async (email: string) => {
      const start = performance.now();
      expect(await authorizeCredentials({ email, password: 'not it at all' }, from(newAddress()))).toBeNull();
      return performance.now() - start;
    };
    for (let i = 0; i < 20; i++) {
      unknown.push(await timed(`nobody-${randomUUID()}@example.com`));
      wrong.push(await timed(user.email));
    }
    // Without the dummy hash an unknown email answers 4–5× faster (measured); alike, a loaded machine stays inside 2×.
    const ratio = median(unknown) / median(wrong);
    expect(ratio, `medians ${median(unknown).toFixed(1)} ms vs ${median(wrong).toFixed(1)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  describe('with two-factor sign-in on', () => {
    const withTwoFactor = async () => {
      const user = await newAccount();
      const secret = newTotpSecret();
      const codes = newRecoveryCodes();
      await startTwoFactorSetup({ userId: user.id, secretEncrypted: encryptTotpSecret(secret, getAuthSecret()) });
      expect(await enableTwoFactor({ userId: user.id, step: 0, recoveryCodeHashes: codes.map(hashRecoveryCode) })).toBe(true);
      return { user, secret, codes };
    };

    it('asks for the code after the right password only, and refuses a wrong one', async () => {
      const { user } = await withTwoFactor();
      const address = newAddress();
      expect(await authorizeCredentials({ email: user.email, password: 'wrong' }, from(address))).toBeNull();
      await expect(authorizeCredentials({ email: user.email, password: RIGHT }, from(address))).rejects.toThrow(
        /^TwoFactorRequired$/,
      );
      await expect(authorizeCredentials({ email: user.email, password: RIGHT, code: '000000' }, from(address))).rejects.toThrow(
        /^TwoFactorInvalid$/,
      );
    });

    it('accepts a current code once', async () => {
      const { user, secret } = await withTwoFactor();
      const code = totpCodeAt(secret, new Date());
      expect(await authorizeCredentials({ email: user.email, password: RIGHT, code }, from(newAddress()))).toMatchObject({
        id: user.id,
      });
      await expect(authorizeCredentials({ email: user.email, password: RIGHT, code }, from(newAddress()))).rejects.toThrow(
        /^TwoFactorInvalid$/,
      );
    });

    it('accepts each recovery code once', async () => {
      const { user, codes } = await withTwoFactor();
      const code = codes[3]!.toUpperCase();
      expect(await authorizeCredentials({ email: user.email, password: RIGHT, code }, from(newAddress()))).toMatchObject({
        id: user.id,
      });
      await expect(authorizeCredentials({ email: user.email, password: RIGHT, code }, from(newAddress()))).rejects.toThrow(
        /^TwoFactorInvalid$/,
      );
    });

    it('counts wrong codes against the same throttle', async () => {
      const { user, secret } = await withTwoFactor();
      const address = newAddress();
      for (let i = 0; i < SIGN_IN_LIMITS.pair.free; i++) {
        await expect(
          authorizeCredentials({ email: user.email, password: RIGHT, code: String(100000 + i) }, from(address)),
        ).rejects.toThrow(/^TwoFactorInvalid$/);
      }
      const code = totpCodeAt(secret, new Date());
      await expect(authorizeCredentials({ email: user.email, password: RIGHT, code }, from(address))).rejects.toThrow(THROTTLED);
    });
  });
});
