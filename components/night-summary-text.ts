import type { NightRecord } from '@/lib/nights';

export function describeNight(summary: Pick<NightRecord, 'status' | 'episodeCount' | 'worstSeverity'>): string {
  if (summary.status === 'unknown') return 'Not logged';
  if (summary.status === 'symptom_free') return 'No symptoms';
  if (summary.episodeCount === 0) return 'Had symptoms (no episode logged)';
  const count = summary.episodeCount === 1 ? '1 episode' : `${summary.episodeCount} episodes`;
  return summary.worstSeverity === null ? `${count}, in progress` : `${count}, worst severity ${summary.worstSeverity}`;
}
