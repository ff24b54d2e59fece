/** A calendar date as 'YYYY-MM-DD'. Nights are keyed by the date of the evening they began. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parseCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const asUtc = utcDate(year, month, day);
  if (asUtc.getUTCMonth() !== month - 1 || asUtc.getUTCDate() !== day) {
    throw new RangeError(`Not a real calendar date: ${date}`);
  }
  return { year, month, day };
}

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Years the app accepts as input; the database and people's diaries live well inside them. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** A real date ('2026-02-29' is not) within the years the app accepts. */
export function isCalendarDate(value: string): boolean {
  try {
    const { year } = parseCalendarDate(value);
    return year >= MIN_YEAR && year <= MAX_YEAR;
  } catch {
    return false;
  }
}

/** Pure calendar arithmetic in UTC, so daylight-saving changes cannot shift the result. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  const { year, month, day } = parseCalendarDate(date);
  const shifted = new Date(utcDate(year, month, day).getTime() + days * MS_PER_DAY);
  return formatCalendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Every date from `from` to `to` inclusive (none when `to` is earlier), parsing only once. */
export function datesBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const { year, month, day } = parseCalendarDate(from);
  const cursor = utcDate(year, month, day);
  const dates: CalendarDate[] = [];
  for (;;) {
    const date = formatCalendarDate(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, cursor.getUTCDate());
    if (date > to) return dates;
    dates.push(date);
    cursor.setTime(cursor.getTime() + MS_PER_DAY);
  }
}

/** `count` consecutive dates starting at `from`. */
export function consecutiveDates(from: CalendarDate, count: number): CalendarDate[] {
  return count > 0 ? datesBetween(from, addDays(from, count - 1)) : [];
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function dayOfWeek(date: CalendarDate): WeekDay {
  return new Date(`${date}T12:00:00Z`).getUTCDay() as WeekDay;
}
