/** Stretching words shared by forms, pages and validation; free of zod for small client bundles. */
export const STRETCH_CONTEXTS = ['before_bed', 'during_episode', 'other'] as const;
export type StretchContext = (typeof STRETCH_CONTEXTS)[number];
export const CONTEXT_LABELS: Record<StretchContext, string> = {
  before_bed: 'Before bed',
  during_episode: 'During an episode',
  other: 'Other',
};

export const STRETCH_SIDES = ['both', 'left', 'right', 'none'] as const;
export type StretchSides = (typeof STRETCH_SIDES)[number];
export const SIDE_LABELS: Record<StretchSides, string> = {
  both: 'Both sides',
  left: 'Left only',
  right: 'Right only',
  none: 'No sides',
};

/** "30 s", "5 min", "1 min 30 s". */
export function formatHold(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s ? `${m} min ${s} s` : `${m} min`;
}
