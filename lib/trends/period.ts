import { addDays } from '../nights/calendar-date';

export const PRESET_PERIODS = {
  '4w': { nights: 28, label: '4 weeks' },
  '3m': { nights: 91, label: '3 months' },
  '12m': { nights: 365, label: '12 months' },
} as const;
export type PresetPeriodKey = keyof typeof PRESET_PERIODS;
export type PeriodKey = PresetPeriodKey | 'all' | 'custom';
export const DEFAULT_PERIOD: PresetPeriodKey = '3m';

export type PeriodChoice = { key: PresetPeriodKey | 'all' } | { key: 'custom'; from: string; to: string };

export type ResolvedPeriod = {
  key: PeriodKey;
  from: string;
  to: string;
  nights: number;
  /** The same number of nights just before; null for "all" (there is nothing before). */
  previous: { from: string; to: string } | null;
};

/** Whole days from `from` to `to` (calendar dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The nights a period covers, ending with last night for the presets; "all" starts with the
 * first logged night.
 */
export function resolvePeriod(
  choice: PeriodChoice,
  { lastNight, firstNight }: { lastNight: string; firstNight: string | null },
): ResolvedPeriod {
  let from: string;
  let to = lastNight;
  if (choice.key === 'custom') {
    from = choice.from;
    to = choice.to;
  } else if (choice.key === 'all') {
    from = firstNight && firstNight < lastNight ? firstNight : lastNight;
  } else {
    from = addDays(lastNight, 1 - PRESET_PERIODS[choice.key].nights);
  }
  const nights = daysBetween(from, to) + 1;
  const previous = choice.key === 'all' ? null : { from: addDays(from, -nights), to: addDays(from, -1) };
  return { key: choice.key, from, to, nights, previous };
}

/** "the last 4 weeks", "12 Jan 2026 – 3 Mar 2026" … for headings and comparisons. */
export function describeNights(nights: number): string {
  if (nights % 7 === 0 && nights <= 28) return nights === 7 ? '1 week' : `${nights / 7} weeks`;
  return nights === 1 ? '1 night' : `${nights} nights`;
}
