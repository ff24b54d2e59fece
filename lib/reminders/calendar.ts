import { createEvent } from 'ics';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { CalendarDate } from '../nights';
import type { ReminderKind } from '../validation/reminders';

const TEXT: Record<ReminderKind, { title: string; description: string; path: string }> = {
  evening: {
    title: 'Stillnight: bedtime routine',
    description: 'Time for your bedtime stretches. Open Stillnight to play your routine.',
    path: '/log/stretches',
  },
  morning: {
    title: 'Stillnight: log last night',
    description: 'How was last night? Log it in Stillnight while you remember.',
    path: '/today',
  },
};

export type ReminderEvent = {
  kind: ReminderKind;
  /** Local wall time, HH:MM, in `timeZone`. */
  time: string;
  timeZone: string;
  /** The first day it rings (the user's today). */
  firstDay: CalendarDate;
  /** The app's origin, for the link in the event. */
  origin: string;
};

export const reminderFileName = (kind: ReminderKind) => `stillnight-${kind}-reminder.ics`;

/** The VTIMEZONE block of an IANA zone and its TZID parameter (an alias such as UTC is named Etc/UTC). */
function zoneOf(timeZone: string): { vtimezone: string; tzid: string } {
  const block = tzlib_get_ical_block(timeZone);
  const [text, tzid] = Array.isArray(block) ? block : [];
  if (!text?.startsWith('BEGIN:VTIMEZONE') || !tzid?.startsWith('TZID=')) throw new Error(`No VTIMEZONE for ${timeZone}`);
  return { vtimezone: text.replace(/\r?\n/g, '\r\n'), tzid };
}

/**
 * A daily recurring event at `time` in the user's zone, with an alert when it starts.
 * `ics` writes floating/UTC times only, so its DTSTART is rewritten with the zone's TZID and the
 * zone's VTIMEZONE is added; its zero-length alarm offset ("PT") is written as "PT0S".
 */
export function reminderCalendar({ kind, time, timeZone, firstDay, origin }: ReminderEvent): string {
  const [year, month, day] = firstDay.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const text = TEXT[kind];
  const { error, value } = createEvent({
    productId: 'stillnight/reminders',
    // The same UID each time: downloading again updates the reminder instead of adding a second one.
    uid: `${kind}-reminder@stillnight.app`,
    title: text.title,
    description: text.description,
    url: new URL(text.path, origin).toString(),
    start: [year, month, day, hour, minute],
    // Written as if UTC, then given the user's zone below: independent of the server's own zone.
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 10 },
    recurrenceRule: 'FREQ=DAILY',
    alarms: [{ action: 'display', description: text.title, trigger: { minutes: 0, before: false } }],
  });
  if (error || !value) throw error ?? new Error('The calendar event could not be made');
  const zone = zoneOf(timeZone);
  return value
    .replace(/^DTSTART:(\d{8}T\d{6})Z\r$/m, `DTSTART;${zone.tzid}:$1\r`)
    .replace(/^TRIGGER:PT\r$/m, 'TRIGGER:PT0S\r')
    .replace(/^BEGIN:VEVENT\r$/m, `${zone.vtimezone}\r\nBEGIN:VEVENT\r`);
}
