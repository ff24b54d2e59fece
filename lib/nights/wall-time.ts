import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { isCalendarDate } from './calendar-date';

/** 'YYYY-MM-DDTHH:MM', the value of an <input type="datetime-local">. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A real local date and time ('2024-02-31T10:00' and '24:00' are not). */
export function isWallTime(s: string): boolean {
  const m = WALL_TIME.exec(s);
  if (!m) return false;
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  return isCalendarDate(s.slice(0, 10)) && hour < 24 && minute < 60;
}

/**
 * The instant a wall-clock time means in the user's time zone (not the device's).
 * In a spring-forward gap the time is moved forward by the gap, as clocks do.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date {
  const m = WALL_TIME.exec(wall);
  if (!m || !isWallTime(wall)) throw new RangeError(`Not a wall time: ${wall}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
}

export function instantToWallTime(instant: Date, timeZone: string): WallTime {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** 'HH:MM' on the user's clock. */
export function instantToClock(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'HH:mm');
}
