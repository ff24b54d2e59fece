import { addDays, dayOfWeek, isCalendarDate, type WeekDay } from './calendar-date';

export type CalendarMonth = {
  month: string;
  /** The column order: the first is the week's first day. */
  weekdays: WeekDay[];
  weeks: (string | null)[][];
  previous: string;
  next: string;
};

const pad = (n: number) => String(n).padStart(2, '0');

export function isMonth(s: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(s) && isCalendarDate(`${s}-01`);
}

/** The weeks of a month ('YYYY-MM') as rows of dates, `weekStartsOn` first, null outside the month. */
export function monthGrid(month: string, weekStartsOn: WeekDay = 1): CalendarMonth {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const leadingBlanks = (dayOfWeek(first) - weekStartsOn + 7) % 7;
  const cells: (string | null)[] = [
    ...Array<null>(leadingBlanks).fill(null),
    ...Array.from({ length: daysInMonth }, (_, i) => addDays(first, i)),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const prev = m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
  const next = m === 12 ? `${year + 1}-01` : `${year}-${pad(m + 1)}`;
  const weekdays = Array.from({ length: 7 }, (_, i) => ((weekStartsOn + i) % 7) as WeekDay);
  return { month, weekdays, weeks, previous: prev, next };
}
