const pad = (n: number) => String(n).padStart(2, '0');
const MINUTES_PER_DAY = 1440;

/** 'HH:MM' on a 24-hour clock for minutes after noon (630 → '22:30', 795 → '01:15'). */
export function formatClock(minutesAfterNoon: number): string {
  const m = ((Math.round(minutesAfterNoon) + 720) % MINUTES_PER_DAY + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** '1 h 10 min', '45 min', '2 h'. */
export function formatDuration(minutes: number): string {
  const total = Math.round(Math.abs(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A fixed number of decimals, without a negative zero. */
export function formatNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
