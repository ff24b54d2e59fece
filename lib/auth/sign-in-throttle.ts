/** Failed (or still running) sign-in checks count for this long. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

export type AttemptLimit = {
  /** Attempts in the window that need no wait. */
  free: number;
  /** The wait after the first attempt past `free`; it doubles with each further one… */
  baseDelayMs: number;
  /** …up to this. Never a lock: after the wait the right password is let in. */
  maxDelayMs: number;
};

export type ThrottleScope = 'pair' | 'client' | 'email';

/**
 * `pair`: one email from one client address (someone guessing one account);
 * `client`: any email from one address (one machine trying many accounts);
 * `email`: one email from any address (many machines on one account) — higher, with a short wait,
 * so guesses from elsewhere slow the owner down by at most a minute but never lock them out.
 */
export const SIGN_IN_LIMITS: Record<ThrottleScope, AttemptLimit> = {
  pair: { free: 5, baseDelayMs: 5_000, maxDelayMs: 5 * 60_000 },
  client: { free: 30, baseDelayMs: 2_000, maxDelayMs: 5 * 60_000 },
  email: { free: 50, baseDelayMs: 2_000, maxDelayMs: 60_000 },
};

/** Earlier attempts still in the window, in one scope: how many, and the latest. */
export type ScopeAttempts = { count: number; last?: Date };

export type SignInThrottle = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How long after the latest of `count` earlier attempts one more may be checked. */
export function delayAfter(count: number, limit: AttemptLimit): number {
  if (count < limit.free) return 0;
  return Math.min(limit.baseDelayMs * 2 ** Math.min(count - limit.free, 30), limit.maxDelayMs);
}

/** Whether one more password (or two-factor code) check is allowed now, given the earlier attempts per scope. */
export function signInThrottle({
  attempts,
  now,
  limits = SIGN_IN_LIMITS,
}: {
  attempts: Record<ThrottleScope, ScopeAttempts>;
  now: Date;
  limits?: Record<ThrottleScope, AttemptLimit>;
}): SignInThrottle {
  let waitMs = 0;
  for (const scope of Object.keys(limits) as ThrottleScope[]) {
    const { count, last } = attempts[scope];
    const delay = delayAfter(count, limits[scope]);
    // Below the limit there is no wait, even when a concurrent attempt was stamped a moment after
    // this one's `now` (two devices, or a double tap, signing in at once).
    if (!last || delay === 0) continue;
    waitMs = Math.max(waitMs, last.getTime() + delay - now.getTime());
  }
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) } : { allowed: true };
}

const THROTTLED = 'SignInThrottled';

/** The error code next-auth hands back to `signIn()` for a refused attempt. */
export const throttledErrorCode = (retryAfterSeconds: number) => `${THROTTLED}:${retryAfterSeconds}`;

export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The message for a throttled sign-in's error code; undefined for any other error. */
export function throttledMessage(error: string | null | undefined): string | undefined {
  const match = error?.match(new RegExp(`^${THROTTLED}:(\\d+)$`));
  if (!match) return undefined;
  return `Too many sign-in attempts. Wait ${waitInWords(Number(match[1]))}, then try again.`;
}

/** Accounts one client address may create per window (each costs a password hash and rows). */
export const SIGN_UP_LIMIT = { max: 10, windowMs: 60 * 60_000 };

export type SignUpThrottle = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** Whether one more sign-up is allowed from an address, given the times of its earlier ones. */
export function signUpThrottle({ attempts, now }: { attempts: readonly Date[]; now: Date }): SignUpThrottle {
  const since = now.getTime() - SIGN_UP_LIMIT.windowMs;
  const recent = attempts
    .map((a) => a.getTime())
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (recent.length < SIGN_UP_LIMIT.max) return { allowed: true };
  const reopensAt = recent[recent.length - SIGN_UP_LIMIT.max]! + SIGN_UP_LIMIT.windowMs;
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000)) };
}
