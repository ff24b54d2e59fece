export type SessionLimits = { idleMs: number; maxMs: number };
export type SessionTimes = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };
export type SessionStatus = 'active' | 'revoked' | 'idle' | 'expired';

/** last_seen is written at most this often, so a busy session costs one write per few minutes, not per request. */
export const TOUCH_INTERVAL_MS = 5 * 60_000;

export function sessionStatus(session: SessionTimes, now: Date, limits: SessionLimits): SessionStatus {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() - session.createdAt.getTime() >= limits.maxMs) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle';
  return 'active';
}

/** Whether to write last seen now; more often than the interval only when a very short idle timeout needs it. */
export function needsTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date, limits: SessionLimits): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= Math.min(TOUCH_INTERVAL_MS, limits.idleMs / 4);
}
