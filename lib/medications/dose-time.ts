import { FUTURE_TOLERANCE_MS } from '../episodes/times';
import { instantToWallTime, isWallTime, wallTimeToInstant, type WallTime } from '../nights';

export const FUTURE_DOSE_MESSAGE = 'A dose cannot be logged in the future';

export function isFutureDose(takenAt: Date, now: Date): boolean {
  return takenAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

/**
 * The time a dose is logged with: what the user entered, or, if they left the field alone, the
 * device's clock at the tap (a page opened in the evening must not date a 2 a.m. dose to the evening).
 */
export function doseTimeAtTap(entered: WallTime | null, now: Date, timeZone: string): WallTime {
  return entered ?? instantToWallTime(now, timeZone);
}

/**
 * The server's check of a dose's time, made on the device too: a dose kept offline is sent
 * hours later, when nobody is looking at the form to correct it.
 */
export function doseTimeError(takenAt: string, now: Date, timeZone: string): string | undefined {
  if (!isWallTime(takenAt)) return 'Enter a date and time';
  return isFutureDose(wallTimeToInstant(takenAt, timeZone), now) ? FUTURE_DOSE_MESSAGE : undefined;
}
