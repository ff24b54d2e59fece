import type { StretchContext } from './vocabulary';

/** A sensible preselection: evenings are for the bedtime routine, the small hours for relief. */
export function defaultContextForHour(hour: number): StretchContext {
  if (hour >= 17) return 'before_bed';
  if (hour < 6) return 'during_episode';
  return 'other';
}
