export const SIGN_IN_MAX_ATTEMPTS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

export type SignInThrottle = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Whether one more password check is allowed for an email, given the times of its earlier
 * attempts that are still on record (failed, or still being checked).
 */
export function signInThrottle({ attempts, now }: { attempts: readonly Date[]; now: Date }): SignInThrottle {
  const since = now.getTime() - SIGN_IN_WINDOW_MS;
  const recent = attempts
    .map((a) => a.getTime())
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (recent.length < SIGN_IN_MAX_ATTEMPTS) return { allowed: true };
  // Allowed again once enough of the oldest attempts have left the window.
  const reopensAt = recent[recent.length - SIGN_IN_MAX_ATTEMPTS]! + SIGN_IN_WINDOW_MS;
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000)) };
}

const THROTTLED = 'SignInThrottled';

/** The error code next-auth hands back to `signIn()` for a refused attempt. */
export const throttledErrorCode = (retryAfterMinutes: number) => `${THROTTLED}:${retryAfterMinutes}`;

/** The message for a throttled sign-in's error code; undefined for any other error. */
export function throttledMessage(error: string | null | undefined): string | undefined {
  const match = error?.match(new RegExp(`^${THROTTLED}:(\\d+)$`));
  if (!match) return undefined;
  const minutes = Number(match[1]);
  return `Too many sign-in attempts for this email. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
