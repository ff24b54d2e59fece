'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { applyStoredTheme, isTheme, THEME_KEY, THEME_ZONE_KEY, type Theme } from '@/lib/theme/theme';

const NEXT: Record<Theme, Theme> = { system: 'dark', dark: 'light', light: 'night', night: 'system', auto: 'system' };
export const THEME_LABEL: Record<Theme, string> = {
  system: 'As the device',
  light: 'Light',
  dark: 'Dark',
  night: 'Night (dim, warm)',
  auto: 'Night from 21:00 to 07:00',
};
const TOGGLE_LABEL: Record<Theme, string> = {
  system: 'Theme: system',
  dark: 'Theme: dark',
  light: 'Theme: light',
  night: 'Theme: night',
  auto: 'Theme: night in the evening',
};
const CHANGE_EVENT = 'stillnight-theme';

function readTheme(): Theme {
  const stored = localStorage.getItem(THEME_KEY);
  return isTheme(stored) ? stored : 'system';
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The theme chosen on this device (the header toggle and Settings share it). */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, readTheme, () => 'system' as Theme);
}

export function setTheme(theme: Theme) {
  if (theme === 'system') localStorage.removeItem(THEME_KEY);
  else localStorage.setItem(THEME_KEY, theme);
  applyStoredTheme();
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function ThemeToggle() {
  const theme = useTheme();
  return (
    <button
      type="button"
      onClick={() => setTheme(NEXT[theme])}
      className="min-h-11 rounded-lg px-3 text-sm font-medium text-night-700 hover:bg-night-100 dark:text-night-200 dark:hover:bg-night-800"
    >
      {TOGGLE_LABEL[theme]}
    </button>
  );
}

/** Keeps the account's zone on the device for the first paint, and turns night on or off as the evening comes and goes. */
export function ThemeClock({ timeZone }: { timeZone: string }) {
  useEffect(() => {
    localStorage.setItem(THEME_ZONE_KEY, timeZone);
    applyStoredTheme();
    const timer = window.setInterval(() => applyStoredTheme(), 60_000);
    return () => window.clearInterval(timer);
  }, [timeZone]);
  return null;
}
