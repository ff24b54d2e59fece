import { describe, expect, it } from 'vitest';
import { isOfflinePage, isSignedInPath } from './page-cache';
import { isUpdate } from './update-notice';

describe('isUpdate', () => {
  it('announces a new build only when an earlier one was seen', () => {
    expect(isUpdate(null, 'v1')).toBe(false);
    expect(isUpdate('v1', 'v1')).toBe(false);
    expect(isUpdate('v1', 'v2')).toBe(true);
    expect(isUpdate('v1', null)).toBe(false);
  });
});

describe('the pages kept for offline use', () => {
  it('are Today, the episode form, stretches and each routine player, nothing else of the account', () => {
    for (const p of ['/today', '/log/episodes/new', '/log/stretches', '/log/stretches/play/3f1c']) expect(isOfflinePage(p)).toBe(true);
    for (const p of ['/history', '/history/2026-01-01', '/settings', '/log/episodes/abc', '/insights', '/report', '/log/stretches/play/a/b']) {
      expect(isOfflinePage(p)).toBe(false);
    }
  });

  it('are all signed-in paths', () => {
    expect(isSignedInPath('/today')).toBe(true);
    expect(isSignedInPath('/log/stretches/play/x')).toBe(true);
    expect(isSignedInPath('/sign-in')).toBe(false);
    expect(isSignedInPath('/todayx')).toBe(false);
  });
});
