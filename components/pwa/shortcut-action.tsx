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
    const url = new URL(window.location.href);
    const target = TARGETS[url.searchParams.get('action') ?? ''];
    if (!target) return;
    url.searchParams.delete('action');
    window.history.replaceState(window.history.state, '', url.pathname + url.search);
    const button = document.querySelector<HTMLButtonElement>(`button[data-shortcut="${target}"]`);
    if (button && !button.disabled) {
      button.focus();
      button.click();
    }
  }, []);
  return null;
}
