import { formatHold, SIDE_LABELS, type StretchSides } from './vocabulary';
import { dateFormatter } from '../nights/format';

type SessionFacts = {
  sides: string;
  holdSeconds: number | null;
  repetitions: number | null;
  totalMinutes: number | null;
};

/** "2 × 30 s · both sides · 5 min" from whatever was recorded. */
export function describeSession(s: SessionFacts): string {
  const parts: string[] = [];
  if (s.holdSeconds !== null) parts.push(`${s.repetitions ?? 1} × ${formatHold(s.holdSeconds)}`);
  else if (s.repetitions !== null) parts.push(`${s.repetitions} ×`);
  if (s.sides !== 'none' && s.sides in SIDE_LABELS) parts.push(SIDE_LABELS[s.sides as StretchSides].toLowerCase());
  if (s.totalMinutes !== null) parts.push(formatMinutes(s.totalMinutes));
  return parts.join(' · ');
}

/** "45 s" under a minute, else "5 min" / "5.5 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  return `${Math.round(minutes * 10) / 10} min`;
}

/** "Mon 10 Mar, 22:15" on the user's clock. */
export function formatSessionTime(iso: string, timeZone: string): string {
  return dateFormatter({
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
