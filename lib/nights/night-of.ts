import { addDays, formatCalendarDate, type CalendarDate } from './calendar-date';

export type Instant = string | Date;

/** Local times before this hour belong to the night that began the previous evening. */
const NIGHT_BOUNDARY_HOUR = 12;
const MINUTES_PER_DAY = 1440;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      // hour12: false renders the first hour after midnight as "24" in Node 20.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function toDate(instant: Instant): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return date;
}

function wallClock(instant: Instant, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(toDate(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => {
    const found = parts.find((p) => p.type === type);
    if (!found) throw new Error(`Intl.DateTimeFormat gave no ${type} for ${timeZone}`);
    return Number(found.value);
  };
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date of the instant. */
export function localDateOf(instant: Instant, timeZone: string): CalendarDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return formatCalendarDate(year, month, day);
}

/** The local date of the evening the night began: before 12:00 local time counts as the previous date. */
export function nightOf(instant: Instant, timeZone: string): CalendarDate {
  const { year, month, day, hour } = wallClock(instant, timeZone);
  const date = formatCalendarDate(year, month, day);
  return hour < NIGHT_BOUNDARY_HOUR ? addDays(date, -1) : date;
}

/**
 * Wall-clock minutes after 12:00 (0–1439), seconds truncated, so onsets around midnight
 * average and sort sensibly (22:30 → 630, 01:15 → 795).
 */
export function onsetMinutesAfterNoon(instant: Instant, timeZone: string): number {
  const { hour, minute } = wallClock(instant, timeZone);
  return (hour * 60 + minute - NIGHT_BOUNDARY_HOUR * 60 + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** The night that is under way, or about to begin, at `now`. */
export function tonightOf(now: Instant, timeZone: string): CalendarDate {
  return nightOf(now, timeZone);
}

/**
 * The most recent night that has ended: nightOf(now) before 12:00 and the day before it
 * from 12:00 on — in both cases the day before today's local date.
 */
export function lastNightOf(now: Instant, timeZone: string): CalendarDate {
  return addDays(localDateOf(now, timeZone), -1);
}
