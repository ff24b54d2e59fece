export {
  addDays,
  consecutiveDates,
  datesBetween,
  dayOfWeek,
  formatCalendarDate,
  isCalendarDate,
  type CalendarDate,
  type WeekDay,
} from './calendar-date';
export {
  isValidTimeZone,
  lastNightOf,
  localDateOf,
  nightOf,
  onsetMinutesAfterNoon,
  tonightOf,
  type Instant,
} from './night-of';
export { instantToClock, instantToWallTime, isWallTime, wallTimeToInstant, type WallTime } from './wall-time';
export type { NightFactors, NightRecord, NightStatus } from './night-record';
export { formatNight } from './format';
export { isMonth, monthGrid, type CalendarMonth } from './calendar';
