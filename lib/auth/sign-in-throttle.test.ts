import { describe, expect, it } from 'vitest';
import { signInThrottle, throttledErrorCode, throttledMessage } from './sign-in-throttle';

const now = new Date('2025-03-03T12:00:00Z');
const minutesAgo = (...minutes: number[]) => minutes.map((m) => new Date(now.getTime() - m * 60_000));

describe('signInThrottle', () => {
  it('allows up to ten attempts in fifteen minutes', () => {
    expect(signInThrottle({ attempts: [], now })).toEqual({ allowed: true });
    expect(signInThrottle({ attempts: minutesAgo(1, 1, 1, 1, 1, 1, 1, 1, 1), now })).toEqual({ allowed: true });
  });

  it('refuses the eleventh until the oldest attempt leaves the window', () => {
    const attempts = minutesAgo(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    expect(signInThrottle({ attempts, now })).toEqual({ allowed: false, retryAfterMinutes: 5 });
  });

  it('counts only attempts inside the window, in any order', () => {
    expect(signInThrottle({ attempts: minutesAgo(15, 20, 1, 1, 1, 1, 1, 1, 1, 1, 1), now })).toEqual({ allowed: true });
    const attempts = minutesAgo(1, 14.5, 2, 3, 30, 4, 5, 6, 7, 8, 9, 10);
    // 11 in the window: two must leave it, the second oldest (10 minutes ago) in 5 minutes.
    expect(signInThrottle({ attempts, now })).toEqual({ allowed: false, retryAfterMinutes: 5 });
  });

  it('rounds the wait up to whole minutes, at least one', () => {
    expect(signInThrottle({ attempts: minutesAgo(...Array<number>(10).fill(14.99)), now })).toEqual({
      allowed: false,
      retryAfterMinutes: 1,
    });
    expect(signInThrottle({ attempts: minutesAgo(...Array<number>(10).fill(0)), now })).toEqual({
      allowed: false,
      retryAfterMinutes: 15,
    });
    expect(signInThrottle({ attempts: minutesAgo(...Array<number>(10).fill(3.5)), now })).toEqual({
      allowed: false,
      retryAfterMinutes: 12,
    });
  });
});

describe('throttled error codes', () => {
  it('round-trip the minutes into the sign-in message', () => {
    expect(throttledMessage(throttledErrorCode(7))).toBe(
      'Too many sign-in attempts for this email. Try again in 7 minutes.',
    );
    expect(throttledMessage(throttledErrorCode(1))).toBe('Too many sign-in attempts for this email. Try again in 1 minute.');
  });

  it('leave every other error to the usual message', () => {
    for (const error of ['CredentialsSignin', 'SignInThrottled', 'SignInThrottled:x', null, undefined]) {
      expect(throttledMessage(error)).toBeUndefined();
    }
  });
});
