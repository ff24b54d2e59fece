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
export { summarizeNights, type NightStatus, type NightSummary, type EpisodeAggregate, type CheckinFact } from './summaries';
export { formatNight } from './format';
export { isMonth, monthGrid, type CalendarMonth } from './calendar';
