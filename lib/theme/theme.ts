/** The display themes. `auto` is night from 21:00 to 07:00 in the account's zone, otherwise as the device. */
export const THEMES = ['system', 'light', 'dark', 'night', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_KEY = 'theme';
/** The account's time zone, kept on the device so the first paint can tell the evening hours. */
export const THEME_ZONE_KEY = 'theme-zone';

export const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);

/**
 * Sets `dark` and `night` on <html> from the stored theme. Self-contained on purpose: it also runs,
 * as its own source text, in the inline script before first paint (see `themeScript`), so it must not
 * reference anything outside itself.
 */
export function applyStoredTheme(now: Date = new Date()): void {
  try {
    const stored = localStorage.getItem('theme');
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    let night = stored === 'night';
    if (stored === 'auto') {
      let hour = now.getHours();
      try {
        const zone = localStorage.getItem('theme-zone');
        if (zone) hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(now));
      } catch {
        // An unknown zone: the device's own clock.
      }
      night = hour >= 21 || hour < 7;
    }
    const dark = night || stored === 'dark' || ((stored === null || stored === 'system' || stored === 'auto') && prefersDark);
    const root = document.documentElement;
    root.classList.toggle('dark', dark);
    root.classList.toggle('night', night);
  } catch {
    // No storage (private mode): the page keeps the device's light or dark.
  }
}

/** The inline script that runs before first paint, so no page ever flashes white at night. */
export const themeScript = `(${applyStoredTheme.toString()})()`;
