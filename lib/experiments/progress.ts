import type { CalendarDate } from '../nights/calendar-date';
import type { ScheduledNight } from './schedule';
import type { Verdict } from './verdict';

export type Progress = {
  /** scheduled nights (not paused) up to and including tonight */
  nightsSoFar: number;
  totalNights: number;
  /** 1-based block of tonight, or of the last night when it is over */
  block: number | null;
  blockCount: number;
  firstNight: CalendarDate | undefined;
  lastNight: CalendarDate | undefined;
};

export function progressOf(schedule: readonly ScheduledNight[], tonight: CalendarDate, blockCount: number, blockLength: number): Progress {
  const placed = schedule.filter((n) => n.condition !== null);
  const soFar = placed.filter((n) => n.nightOf <= tonight);
  const current = soFar.at(-1);
  return {
    nightsSoFar: soFar.length,
    totalNights: blockCount * blockLength,
    block: current?.block != null ? current.block + 1 : null,
    blockCount,
    firstNight: placed[0]?.nightOf,
    lastNight: placed.length === blockCount * blockLength ? placed.at(-1)?.nightOf : undefined,
  };
}

/** Visual tone of a verdict: good news, bad news, or neither. */
export function verdictTone(verdict: Verdict): 'good' | 'bad' | 'neutral' {
  if (verdict === 'likely helps') return 'good';
  if (verdict === 'likely worse') return 'bad';
  return 'neutral';
}

const round1 = (x: number) => {
  const r = Math.round(x * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toFixed(1);
};

/** "−1.6 (95% interval −2.4 to −0.8)" with real minus signs. */
export function formatDifference(d: { diff: number; ciLow: number; ciHigh: number } | null): string {
  if (!d) return '—';
  const signed = (x: number) => round1(x).replace('-', '−');
  return `${signed(d.diff)} (95% interval ${signed(d.ciLow)} to ${signed(d.ciHigh)})`;
}

/** Probabilities as whole percentages, never 0% or 100%: a sample cannot be that sure. */
export function formatProbability(p: number | null): string {
  if (p === null) return '—';
  if (p > 0.99) return '> 99%';
  if (p < 0.01) return '< 1%';
  return `${Math.round(p * 100)}%`;
}
