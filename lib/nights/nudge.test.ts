import { describe, expect, it } from 'vitest';
import { shouldNudge } from './nudge';

describe('the last-night banner', () => {
  it('asks when nothing is logged, unless dismissed for that same night', () => {
    expect(shouldNudge({ logged: false, nightOf: '2026-12-04' })).toBe(true);
    expect(shouldNudge({ logged: true, nightOf: '2026-12-04' })).toBe(false);
    expect(shouldNudge({ logged: false, nightOf: '2026-12-04', dismissedFor: '2026-12-04' })).toBe(false);
    // A "Not now" from the night before does not silence tonight's question.
    expect(shouldNudge({ logged: false, nightOf: '2026-12-05', dismissedFor: '2026-12-04' })).toBe(true);
  });
});
