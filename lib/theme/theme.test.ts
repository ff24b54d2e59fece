import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyStoredTheme, themeScript } from './theme';

/** A device: its stored settings, its light/dark preference, and the <html> classes the theme sets. */
function device(stored: Record<string, string>, prefersDark = false) {
  const classes = new Set<string>();
  vi.stubGlobal('localStorage', { getItem: (key: string) => stored[key] ?? null });
  vi.stubGlobal('matchMedia', () => ({ matches: prefersDark }));
  vi.stubGlobal('document', {
    documentElement: { classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) } },
  });
  return classes;
}

afterEach(() => vi.unstubAllGlobals());

describe('the theme before first paint', () => {
  it('follows the device, or the chosen light, dark or night', () => {
    let classes = device({});
    applyStoredTheme();
    expect([...classes]).toEqual([]);
    classes = device({}, true);
    applyStoredTheme();
    expect([...classes]).toEqual(['dark']);
    classes = device({ theme: 'light' }, true);
    applyStoredTheme();
    expect([...classes]).toEqual([]);
    classes = device({ theme: 'night' });
    applyStoredTheme();
    expect([...classes].sort()).toEqual(['dark', 'night']);
  });

  it('turns night on from 21:00 to 07:00 in the account’s zone, not the device’s', () => {
    const at = (iso: string) => {
      const classes = device({ theme: 'auto', 'theme-zone': 'Asia/Tokyo' });
      applyStoredTheme(new Date(iso));
      return classes.has('night');
    };
    expect(at('2026-12-05T11:59:00Z')).toBe(false); // 20:59 in Tokyo
    expect(at('2026-12-05T12:00:00Z')).toBe(true); // 21:00
    expect(at('2026-12-05T21:59:00Z')).toBe(true); // 06:59
    expect(at('2026-12-05T22:00:00Z')).toBe(false); // 07:00
  });

  it('runs as the inline script on its own, with nothing from outside it', () => {
    const classes = device({ theme: 'night' });
    new Function(themeScript)();
    expect(classes.has('night')).toBe(true);
  });
});
