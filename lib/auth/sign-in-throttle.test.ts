import { describe, expect, it } from 'vitest';
import {
  delayAfter,
  SIGN_IN_LIMITS,
  SIGN_UP_LIMIT,
  signInThrottle,
  signUpThrottle,
  throttledErrorCode,
  throttledMessage,
  type ScopeAttempts,
} from './sign-in-throttle';

const now = new Date('2025-03-03T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const none: ScopeAttempts = { count: 0 };
const attempts = (over: Partial<Record<'pair' | 'client' | 'email', ScopeAttempts>>) => ({
  pair: none,
  client: none,
  email: none,
  ...over,
});

describe('delayAfter', () => {
  it('is free up to the limit, then doubles up to the cap', () => {
    const pair = SIGN_IN_LIMITS.pair;
    expect([0, 4].map((n) => delayAfter(n, pair))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => delayAfter(n, pair))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(delayAfter(11, pair)).toBe(5 * 60_000);
    expect([30, 31, 32].map((n) => delayAfter(n, SIGN_IN_LIMITS.client))).toEqual([2_000, 4_000, 8_000]);
    expect(delayAfter(10_000, pair)).toBe(5 * 60_000);
    expect(delayAfter(10_000, SIGN_IN_LIMITS.email)).toBe(60_000);
  });
});

describe('signInThrottle', () => {
  it('lets five quick attempts for one email from one address through', () => {
    expect(signInThrottle({ attempts: attempts({}), now })).toEqual({ allowed: true });
    expect(signInThrottle({ attempts: attempts({ pair: { count: 4, last: now } }), now })).toEqual({ allowed: true });
  });

  it('lets an attempt through that a concurrent one was stamped just after (below the limit there is no wait)', () => {
    const justAfter = new Date(now.getTime() + 40);
    expect(signInThrottle({ attempts: attempts({ pair: { count: 1, last: justAfter }, email: { count: 1, last: justAfter } }), now })).toEqual({
      allowed: true,
    });
    expect(signInThrottle({ attempts: attempts({ pair: { count: 5, last: justAfter } }), now })).toEqual({ allowed: false, retryAfterSeconds: 6 });
  });

  it('then asks for a growing wait after the latest attempt, never a lock', () => {
    expect(signInThrottle({ attempts: attempts({ pair: { count: 5, last: now } }), now })).toEqual({
      allowed: false,
      retryAfterSeconds: 5,
    });
    expect(signInThrottle({ attempts: attempts({ pair: { count: 8, last: secondsAgo(10) } }), now })).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect(signInThrottle({ attempts: attempts({ pair: { count: 8, last: secondsAgo(40) } }), now })).toEqual({
      allowed: true,
    });
    // However many failures: five minutes after the latest, a check is allowed again.
    expect(signInThrottle({ attempts: attempts({ pair: { count: 500, last: secondsAgo(300) } }), now })).toEqual({
      allowed: true,
    });
  });

  it('slows one address trying many emails, and many addresses on one email, with higher limits', () => {
    expect(signInThrottle({ attempts: attempts({ client: { count: 29, last: now } }), now }).allowed).toBe(true);
    expect(signInThrottle({ attempts: attempts({ client: { count: 30, last: now } }), now }).allowed).toBe(false);
    expect(signInThrottle({ attempts: attempts({ email: { count: 49, last: now } }), now }).allowed).toBe(true);
    expect(signInThrottle({ attempts: attempts({ email: { count: 5000, last: now } }), now })).toEqual({
      allowed: false,
      retryAfterSeconds: 60,
    });
  });

  it('waits for the longest of the scopes', () => {
    const result = signInThrottle({
      attempts: attempts({ pair: { count: 5, last: secondsAgo(2) }, client: { count: 32, last: secondsAgo(1) } }),
      now,
    });
    expect(result).toEqual({ allowed: false, retryAfterSeconds: 7 });
  });
});

describe('throttled messages', () => {
  it('round-trip the wait through the error code', () => {
    expect(throttledMessage(throttledErrorCode(1))).toBe('Too many sign-in attempts. Wait 1 second, then try again.');
    expect(throttledMessage(throttledErrorCode(42))).toBe('Too many sign-in attempts. Wait 42 seconds, then try again.');
    expect(throttledMessage(throttledErrorCode(300))).toBe('Too many sign-in attempts. Wait 5 minutes, then try again.');
  });

  it('says nothing about other errors', () => {
    expect(throttledMessage('CredentialsSignin')).toBeUndefined();
    expect(throttledMessage(null)).toBeUndefined();
    expect(throttledMessage('SignInThrottled:abc')).toBeUndefined();
  });
});

describe('signUpThrottle', () => {
  const minutesAgo = (...m: number[]) => m.map((x) => new Date(now.getTime() - x * 60_000));
  it('allows ten sign-ups an hour from one address, then says when the next one is', () => {
    expect(signUpThrottle({ attempts: minutesAgo(...Array<number>(SIGN_UP_LIMIT.max - 1).fill(1)), now })).toEqual({
      allowed: true,
    });
    expect(signUpThrottle({ attempts: minutesAgo(50, 45, 40, 35, 30, 25, 20, 15, 10, 5), now })).toEqual({
      allowed: false,
      retryAfterMinutes: 10,
    });
    expect(signUpThrottle({ attempts: minutesAgo(61, 70, 45, 40, 35, 30, 25, 20, 15, 10), now })).toEqual({
      allowed: true,
    });
  });
});
