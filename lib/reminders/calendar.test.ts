import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reminderCalendar, reminderFileName } from './calendar';

/** The first `count` occurrences as instants, read the way a calendar app reads the file. */
function occurrences(ics: string, count: number): Date[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const iterator = event.iterator();
  const out: Date[] = [];
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) out.push(next.toJSDate());
  return out;
}

const wallTime = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
const utcTime = (instant: Date) => instant.toISOString().slice(11, 16);

describe('reminder calendar files', () => {
  it('ring at the chosen local time every day across the spring change (Europe/Berlin, 29 March 2026)', () => {
    const ics = reminderCalendar({ kind: 'evening', time: '21:30', timeZone: 'Europe/Berlin', firstDay: '2026-03-27', origin: 'https://x.test' });
    const days = occurrences(ics, 4);
    expect(days.map((d) => wallTime(d, 'Europe/Berlin'))).toEqual(['21:30', '21:30', '21:30', '21:30']);
    // 20:30 UTC in winter time, 19:30 UTC from the night of the change on.
    expect(days.map(utcTime)).toEqual(['20:30', '20:30', '19:30', '19:30']);
  });

  it('and across the autumn change, in another hemisphere’s and another continent’s zones', () => {
    const berlin = occurrences(reminderCalendar({ kind: 'morning', time: '08:00', timeZone: 'Europe/Berlin', firstDay: '2026-10-24', origin: 'https://x.test' }), 3);
    expect(berlin.map(utcTime)).toEqual(['06:00', '07:00', '07:00']);
    const newYork = occurrences(reminderCalendar({ kind: 'morning', time: '07:15', timeZone: 'America/New_York', firstDay: '2026-03-07', origin: 'https://x.test' }), 2);
    expect(newYork.map((d) => wallTime(d, 'America/New_York'))).toEqual(['07:15', '07:15']);
    expect(newYork.map(utcTime)).toEqual(['12:15', '11:15']);
    const sydney = occurrences(reminderCalendar({ kind: 'evening', time: '22:00', timeZone: 'Australia/Sydney', firstDay: '2026-04-04', origin: 'https://x.test' }), 2);
    expect(sydney.map(utcTime)).toEqual(['11:00', '12:00']);
  });

  it('name the zone the way calendar apps expect: a TZID on the start and its VTIMEZONE', () => {
    const ics = reminderCalendar({ kind: 'evening', time: '21:30', timeZone: 'UTC', firstDay: '2026-12-05', origin: 'https://x.test' });
    expect(ics).toMatch(/^DTSTART;TZID=Etc\/UTC:20261205T213000\r$/m);
    expect(ics).toMatch(/^BEGIN:VTIMEZONE\r\nTZID:Etc\/UTC\r$/m);
    expect(ics).toMatch(/^RRULE:FREQ=DAILY\r$/m);
    expect(ics).toMatch(/^TRIGGER:PT0S\r$/m);
    expect(ics).toMatch(/^URL:https:\/\/x\.test\/log\/stretches\r$/m);
    expect(ics.split('\r\n').every((line) => line.length <= 75 || line.startsWith(' '))).toBe(true);
    expect(reminderFileName('morning')).toBe('stillnight-morning-reminder.ics');
  });

  it('keep one UID per reminder, so a second download updates it rather than adding another', () => {
    const uid = (kind: 'evening' | 'morning', time: string) =>
      /^UID:(.+)\r$/m.exec(reminderCalendar({ kind, time, timeZone: 'Europe/Berlin', firstDay: '2026-12-05', origin: 'https://x.test' }))![1];
    expect(uid('evening', '21:30')).toBe(uid('evening', '22:00'));
    expect(uid('evening', '21:30')).not.toBe(uid('morning', '21:30'));
  });
});
