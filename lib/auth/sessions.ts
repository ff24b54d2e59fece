import 'server-only';
import { createSession, getSessionWithUser, touchSession } from '@/db/queries/sessions';
import { getEnv } from '../env';
import { deviceLabel } from './device-label';
import { needsTouch, sessionStatus, type SessionLimits } from './session-policy';

export type CurrentUser = {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  createdAt: Date;
  /** The session of this request (the device), so it can be told apart in the sessions list. */
  sessionId: string;
};

export function sessionLimits(): SessionLimits {
  const env = getEnv();
  return { idleMs: env.sessionIdleMs, maxMs: env.sessionMaxMs };
}

export async function startSession({ userId, userAgent }: { userId: string; userAgent: string | null }) {
  return createSession({ userId, deviceLabel: deviceLabel(userAgent), limits: sessionLimits() });
}

/** The user of a session that is open (not revoked, idle or too old) at `now`, or null. */
export async function checkSession({
  userId,
  sessionId,
  now = new Date(),
  limits = sessionLimits(),
}: {
  userId: string;
  sessionId: string;
  now?: Date;
  limits?: SessionLimits;
}): Promise<CurrentUser | null> {
  const row = await getSessionWithUser({ userId, sessionId });
  if (!row || sessionStatus(row.session, now, limits) !== 'active') return null;
  if (needsTouch(row.session, now, limits)) await touchSession({ userId, sessionId, now });
  const { user } = row;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    timeZone: user.timeZone,
    createdAt: user.createdAt,
    sessionId,
  };
}
