import type { NightFactors, NightRecord } from '../nights/night-record';
import { builtInOverlayFactors } from './factors';

/** A night for tests: unknown unless `over` says otherwise. */
export const nightRecord = (nightOf: string, over: Partial<NightRecord> = {}): NightRecord => ({
  nightOf,
  status: 'unknown',
  worstSeverity: null,
  episodeCount: 0,
  firstOnset: null,
  hoursSlept: null,
  beforeBedStretch: false,
  routineIds: [],
  factors: null,
  ...over,
});

/** The overlay the tests mark nights with: the iron supplement (yes/no). */
export const TEST_OVERLAY = builtInOverlayFactors().find((f) => f.key === 'iron')!;

/** The day's factors with the test overlay present (true), absent (false) or not recorded (null). */
export const overlayMarked = (marked: boolean | null): NightFactors | null =>
  marked === null
    ? null
    : {
        caffeineServings: null,
        lastCaffeineMinutes: null,
        alcoholDrinks: null,
        exerciseMinutes: null,
        exerciseTimeOfDay: null,
        stress: null,
        ironSupplement: marked,
        custom: {},
      };
