export { addDays, formatCalendarDate, isCalendarDate, type CalendarDate } from './calendar-date';
export {
  isValidTimeZone,
  lastNightOf,
  localDateOf,
  nightOf,
  onsetMinutesAfterNoon,
  tonightOf,
  type Instant,
} from './night-of';
