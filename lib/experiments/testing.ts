import type { NightRecord } from '../nights/night-record';

/** A night record for tests: a logged symptom-free night unless told otherwise. */
export function record(nightOf: string, overrides: Partial<NightRecord> = {}): NightRecord {
  return {
    nightOf,
    status: 'symptom_free',
    worstSeverity: 0,
    episodeCount: 0,
    firstOnset: null,
    hoursSlept: null,
    beforeBedStretch: false,
    routineIds: [],
    factors: null,
    ...overrides,
  };
}
