import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** 'YYYY-MM-DDTHH:MM', the value of an <input type="datetime-local">. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isWallTime(s: string): boolean {
  return WALL_TIME.test(s);
}

/**
 * The instant a wall-clock time means in the user's time zone (not the device's).
 * In a spring-forward gap the time is moved forward by the gap, as clocks do.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): Date {
  const m = WALL_TIME.exec(wall);
  if (!m) throw new RangeError(`Not a wall time: ${wall}`);
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
