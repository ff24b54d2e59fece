'use client';

import { useSyncExternalStore } from 'react';

// Each colour has at least 3:1 contrast on the card (white, or night-900 in the dark theme).
const LIGHT = {
  text: '#333d59',
  grid: '#c9d1e6',
  nightly: '#52628b',
  mean7: '#17705f',
  mean28: '#b45309',
  overlay: '#7c3aed',
  bar: '#17705f',
  onset: '#1d4ed8',
  armA: '#17705f',
  armB: '#b45309',
  excluded: '#9eabcc',
  tooltipBg: '#ffffff',
  tooltipBorder: '#9eabcc',
};
const DARK: typeof LIGHT = {
  text: '#c9d1e6',
  grid: '#333d59',
  nightly: '#9eabcc',
  mean7: '#7dd3c0',
  mean28: '#fbbf24',
  overlay: '#c4b5fd',
  bar: '#7dd3c0',
  onset: '#93c5fd',
  armA: '#7dd3c0',
  armB: '#fbbf24',
  excluded: '#52628b',
  tooltipBg: '#0d111c',
  tooltipBorder: '#52628b',
};
// The night theme: warm hues only, each at least 3:1 on its card (#1c130c).
const NIGHT: typeof LIGHT = {
  text: '#cfa47a',
  grid: '#43301f',
  nightly: '#bd9068',
  mean7: '#e39a55',
  mean28: '#e8c36a',
  overlay: '#d98a8a',
  bar: '#e39a55',
  onset: '#e8c36a',
  armA: '#e39a55',
  armB: '#d98a8a',
  excluded: '#86603f',
  tooltipBg: '#110b07',
  tooltipBorder: '#86603f',
};
export type Palette = typeof LIGHT;

function subscribeToTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const themeOf = (root: HTMLElement) => (root.classList.contains('night') ? 'night' : root.classList.contains('dark') ? 'dark' : 'light');

/** Follows the `.dark` and `.night` classes the theme sets on <html>. */
export function usePalette(): Palette {
  const theme = useSyncExternalStore(subscribeToTheme, () => themeOf(document.documentElement), () => 'light' as const);
  return theme === 'night' ? NIGHT : theme === 'dark' ? DARK : LIGHT;
}


export function axisProps(p: Palette) {
  return { stroke: p.grid, tick: { fill: p.text, fontSize: 12 }, tickLine: { stroke: p.grid } };
}

/** Whether the night theme is on now (chosen, or the evening hours of `auto`). */
export function useNightTheme(): boolean {
  return useSyncExternalStore(subscribeToTheme, () => document.documentElement.classList.contains('night'), () => false);
}
