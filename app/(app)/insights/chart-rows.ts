import { addDays } from '@/lib/nights/calendar-date';
import { formatNight } from '@/lib/nights/format';
import type { NightSeries, TrendWeek } from '@/lib/trends';
import { FEW_KNOWN_NIGHTS } from '@/lib/trends/summaries';

export type NightRow = {
  night: string;
  status: 'f' | 'e' | 'u';
  severity: number | null;
  mean7: number | null;
  mean28: number | null;
  hours: number | null;
  hoursMean7: number | null;
  factor: 0 | 1 | null;
};

/** The page sends one array per measure; charts and tables want one row per night. */
export function nightRows(series: NightSeries): NightRow[] {
  return series.severity.map((severity, i) => ({
    night: addDays(series.from, i),
    status: (series.status[i] ?? 'u') as NightRow['status'],
    severity,
    mean7: series.mean7[i] ?? null,
    mean28: series.mean28[i] ?? null,
    hours: series.hours[i] ?? null,
    hoursMean7: series.hoursMean7[i] ?? null,
    factor: series.factor?.[i] ?? null,
  }));
}

export type WeekRow = TrendWeek & { label: string; frequencyPercent: number | null; stretchPercent: number | null; sparse: boolean };

export function weekRows(weeks: readonly TrendWeek[]): WeekRow[] {
  return weeks.map((w) => ({
    ...w,
    label: formatNight(w.weekStart, { weekday: undefined }),
    frequencyPercent: w.frequency === null ? null : Math.round(w.frequency * 100),
    stretchPercent: w.nights ? Math.round((w.stretchNights / w.nights) * 100) : null,
    sparse: w.knownNights > 0 && w.knownNights < FEW_KNOWN_NIGHTS,
  }));
}

export const nightLabel = (night: string) => formatNight(night, { year: 'numeric' });
export const shortNightLabel = (night: string) => formatNight(night, { weekday: undefined });

export function statusText(row: Pick<NightRow, 'status' | 'severity'>): string {
  if (row.status === 'u') return 'Not logged';
  if (row.status === 'f') return 'No symptoms';
  return row.severity === null ? 'Episodes, not rated' : `Worst severity ${row.severity}`;
}

export const fixed = (v: number | null, d = 1) => (v === null ? '—' : v.toFixed(d));
