import { describe, expect, it } from 'vitest';
import { addDays } from '../nights';
import { headlineFigures } from './headline';
import type { NightRecord } from '../nights/night-record';
import { nightSeries } from './series';
import { TEST_OVERLAY, nightRecord, overlayMarked } from './testing';
import { factorSummary, frequencySummary, severitySummary, sleepSummary, stretchingSummary } from './summaries';
import { bucketWeeks } from './weekly';

const nights: NightRecord[] = [5, 0, null, 7, 3, null, 0, 4, null, null].map((severity, i) => nightRecord(addDays('2026-03-02', i), {
  status: severity === null ? 'unknown' : severity === 0 ? 'symptom_free' : 'episodes',
  worstSeverity: severity,
  episodeCount: severity ? 1 : 0,
  hoursSlept: severity === null ? null : 6 + (severity % 2),
  beforeBedStretch: i % 3 === 0,
  factors: overlayMarked(severity === null ? null : severity >= 4),
}));

describe('chart summaries', () => {
  const figures = headlineFigures(nights);
  const weeks = bucketWeeks(nights, 1);

  it('states the severity and frequency figures the tables add up to', () => {
    expect(severitySummary(figures, nightSeries(nights))).toBe('6 of 10 nights logged; worst severity averaged 3.2; latest 7-night mean 3.5.');
    expect(frequencySummary(weeks)).toBe('Episodes on 4 of 6 logged nights (67%). 1 week has fewer than 4 logged nights (lighter bars).');
  });

  it('describes sleep, stretching and the overlay in words', () => {
    expect(sleepSummary(figures)).toBe('Slept 6.5 hours on average, over 6 nights with sleep logged.');
    expect(stretchingSummary(weeks)).toBe('Stretched before bed on 4 of 10 nights (40%).');
    expect(factorSummary(nights, TEST_OVERLAY)).toBe(
      'Marked nights (Took iron): 3 of 6 nights with this factor recorded. Mean worst severity 5.3 on those nights and 1.0 on the others: a description, not a test.',
    );
    expect(factorSummary(nights.map((n) => ({ ...n, factors: null })), TEST_OVERLAY)).toContain('not recorded');
  });
});
