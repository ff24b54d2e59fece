import type { TrendNight } from './nights';

/** A night for tests: unknown unless `over` says otherwise. */
export const trendNight = (nightOf: string, over: Partial<TrendNight> = {}): TrendNight => ({
  nightOf,
  status: 'unknown',
  severity: null,
  episodeCount: 0,
  onset: null,
  hoursSlept: null,
  beforeBedStretch: false,
  factor: null,
  ...over,
});
