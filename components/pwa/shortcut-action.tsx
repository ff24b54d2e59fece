'use client';

import { useEffect } from 'react';

const TARGETS: Record<string, string> = {
  'start-episode': 'start-episode',
  'no-symptoms': 'no-symptoms',
};

/**
 * The installed app's shortcuts open Today with `?action=`: tap the button they name, once. The
 * query is dropped first, so a reload never logs a second time; a button that is not shown (an
 * episode already running, last night already logged) is simply not tapped.
 */
export function ShortcutAction() {
  useEffect(() => {
    // After the router's own mount effects (a parent's run after this one's).
    const timer = window.setTimeout(() => {
      const url = new URL(window.location.href);
      const target = TARGETS[url.searchParams.get('action') ?? ''];
      if (!target) return;
      url.searchParams.delete('action');
      // A state without the router's marks: Next then takes the new URL into its own state too.
      window.history.replaceState(null, '', url.pathname + url.search);
      const button = document.querySelector<HTMLButtonElement>(`button[data-shortcut="${target}"]`);
      if (button && !button.disabled) {
        button.focus();
        button.click();
      }
    }, 0);
    return () => window.clearTimeout(timer);
  }, []);
  return null;
}
