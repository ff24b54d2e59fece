/** The cookie that remembers "Not now" on the last-night banner: the night it was dismissed for. */
export const NUDGE_DISMISSED_COOKIE = 'stillnight-nudge-dismissed';

/** Whether to offer logging last night: nothing logged, and not dismissed for that night. */
export function shouldNudge({ logged, nightOf, dismissedFor }: { logged: boolean; nightOf: string; dismissedFor?: string }): boolean {
  return !logged && dismissedFor !== nightOf;
}
