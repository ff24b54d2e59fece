import { describe, expect, it } from 'vitest';
import { needsTouch, sessionStatus, TOUCH_INTERVAL_MS } from './session-policy';

const day = 24 * 60 * 60 * 1000;
const limits = { idleMs: 7 * day, maxMs: 30 * day };
const signedIn = new Date('2025-03-01T21:00:00Z');
const at = (ms: number) => new Date(signedIn.getTime() + ms);
const session = (lastSeenAfter: number, revokedAt: Date | null = null) => ({
  createdAt: signedIn,
  lastSeenAt: at(lastSeenAfter),
  revokedAt,
});

describe('sessionStatus', () => {
  it('is active until seven days without use', () => {
    expect(sessionStatus(session(0), at(7 * day - 1), limits)).toBe('active');
    expect(sessionStatus(session(0), at(7 * day), limits)).toBe('idle');
    expect(sessionStatus(session(3 * day), at(9 * day), limits)).toBe('active');
  });

  it('ends after thirty days however often it is used', () => {
    expect(sessionStatus(session(30 * day - 60_000), at(30 * day - 1), limits)).toBe('active');
    expect(sessionStatus(session(30 * day - 60_000), at(30 * day), limits)).toBe('expired');
    expect(sessionStatus(session(0), at(45 * day), limits)).toBe('expired');
  });

  it('is refused once revoked, whatever the times', () => {
    expect(sessionStatus(session(0, at(1)), at(2), limits)).toBe('revoked');
  });

  it('follows the configured limits', () => {
    expect(sessionStatus(session(0), at(2 * 60_000), { idleMs: 60_000, maxMs: day })).toBe('idle');
    expect(sessionStatus(session(0), at(2 * 60_000), { idleMs: day, maxMs: 60_000 })).toBe('expired');
  });
});

describe('needsTouch', () => {
  it('writes last seen at most once per interval', () => {
    expect(needsTouch(session(0), at(TOUCH_INTERVAL_MS - 1), limits)).toBe(false);
    expect(needsTouch(session(0), at(TOUCH_INTERVAL_MS), limits)).toBe(true);
  });

  it('writes more often when the idle timeout is very short, so use keeps the session open', () => {
    const short = { idleMs: 8 * 60_000, maxMs: day };
    expect(needsTouch(session(0), at(2 * 60_000 - 1), short)).toBe(false);
    expect(needsTouch(session(0), at(2 * 60_000), short)).toBe(true);
  });
});
