import { consecutiveDates } from '@/lib/nights/calendar-date';
import { nightFormatter } from '@/lib/nights/format';
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
  const dates = consecutiveDates(series.from, series.severity.length);
  return series.severity.map((severity, i) => ({
    night: dates[i]!,
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

const weekLabel = nightFormatter({ weekday: undefined });

export function weekRows(weeks: readonly TrendWeek[]): WeekRow[] {
  return weeks.map((w) => ({
    ...w,
    label: weekLabel(w.weekStart),
    frequencyPercent: w.frequency === null ? null : Math.round(w.frequency * 100),
    stretchPercent: w.nights ? Math.round((w.stretchNights / w.nights) * 100) : null,
    sparse: w.knownNights > 0 && w.knownNights < FEW_KNOWN_NIGHTS,
  }));
}

export const nightLabel = nightFormatter({ year: 'numeric' });
export const shortNightLabel = weekLabel;

export function statusText(row: Pick<NightRow, 'status' | 'severity'>): string {
  if (row.status === 'u') return 'Not logged';
  if (row.status === 'f') return 'No symptoms';
  return row.severity === null ? 'Episodes, not rated' : `Worst severity ${row.severity}`;
}

export const fixed = (v: number | null, d = 1) => (v === null ? '—' : v.toFixed(d));
