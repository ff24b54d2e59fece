import { describe, expect, it } from 'vitest';
import { addDays, datesBetween } from '../nights/calendar-date';
import type { NightRecord } from '../nights/night-record';
import { nightRecord } from '../trends/testing';
import { resolvePeriod } from '../trends/period';
import { buildReport, type ReportInput } from './model';
import { ALL_SECTIONS } from './sections';

const LAST = '2026-03-31';
const period = resolvePeriod({ key: 'custom', from: addDays(LAST, -89), to: LAST }, { lastNight: LAST, firstNight: null });
const allNights = datesBetween(period.previous!.from, period.to);

function input(over: Partial<ReportInput> = {}, night: (date: string, i: number) => Partial<NightRecord> = () => ({})): ReportInput {
  return {
    person: { name: 'Ana', dateOfBirth: null },
    period,
    generatedOn: '2026-04-01',
    nights: allNights.map((d, i) => nightRecord(d, night(d, i))),
    episodeAreas: [],
    irls: [],
    medications: [],
    experiments: [],
    links: [],
    questions: '',
    sections: ALL_SECTIONS,
    weekStartsOn: 1,
    ...over,
  };
}

const episodeNight = (severity: number, onset = 600): Partial<NightRecord> => ({ status: 'episodes', worstSeverity: severity, episodeCount: 1, firstOnset: onset });

describe('the doctor report model', () => {
  it('with nothing logged it says so and computes nothing', () => {
    const report = buildReport(input());
    expect(report.empty).toBe(true);
    expect(report.logged).toEqual({ known: 0, nights: 90 });
    expect(report.signals).toEqual([]);
  });

  it('compares the period with the one before, and counts only logged nights', () => {
    // Before: every night severity 6; the period: every other night logged, severity 3.
    const report = buildReport(input({}, (d, i) => (d < period.from ? episodeNight(6) : i % 2 ? episodeNight(3) : {})));
    expect(report.logged).toEqual({ known: 45, nights: 90 });
    const mean = report.summary.find((r) => r.id === 'mean_severity')!;
    expect(mean.value).toBe('3.0');
    expect(mean.change?.words).toBe('down 3.0 from 6.0');
    expect(report.comparedWith).toMatch(/^Arrows compare with the previous 90 nights, /);
  });

  it('states augmentation signals as facts: onset earlier, spread to the arms, severity up after a medication start', () => {
    const start = addDays(period.from, 30);
    const report = buildReport(
      input(
        {
          episodeAreas: [
            { nightOf: addDays(period.from, -5), bodyAreas: ['left_leg'] },
            { nightOf: addDays(period.from, 3), bodyAreas: ['left_leg', 'arms'] },
            { nightOf: addDays(period.from, 9), bodyAreas: ['arms'] },
          ],
          medications: [{ name: 'Ropinirole', dose: '0.25 mg', schedule: 'evening', asNeeded: false, startedOn: start, stoppedOn: null, dosesInPeriod: 0 }],
        },
        // Onset moves from 23:00 (660 after noon) to 19:00 (420); severity 3 before the start, 6 after.
        (d) => episodeNight(d < start ? 3 : 6, d < addDays(period.from, 45) ? 660 : 420),
      ),
    );
    expect(report.signals).toHaveLength(3);
    expect(report.signals[0]).toMatch(/^Median onset moved 4 h earlier .* Discuss with your doctor\.$/);
    expect(report.signals[1]).toBe('Symptoms in the arms on 2 nights of this period, none logged before it. Discuss with your doctor.');
    expect(report.signals[2]).toMatch(/^Mean worst severity was 6\.0 in the 14 nights after starting Ropinirole .* against 3\.0 in the 14 nights before\. Discuss with your doctor\.$/);
    expect(report.signals.join(' ')).not.toMatch(/augmentation|diagnos/i);
  });

  it('shows the IRLS totals of the period after the last one before it, calling out changes of 5 or more', () => {
    const report = buildReport(
      input({
        irls: [
          { scoredOn: addDays(period.from, -40), total: 25 },
          { scoredOn: addDays(period.from, -10), total: 22 },
          { scoredOn: addDays(period.from, 20), total: 16 },
          { scoredOn: addDays(period.from, 50), total: 18 },
          { scoredOn: addDays(period.to, 5), total: 10 },
        ],
      }),
    );
    expect(report.irls.scores.map((r) => [r.total, r.band, r.change, r.notable])).toEqual([
      [22, 'Severe', null, false],
      [16, 'Moderate', '−6', true],
      [18, 'Moderate', '+2', false],
    ]);
    expect(report.irls.listed).toEqual(report.irls.scores);
    expect(report.irls.condensed).toBe(false);
  });

  it('past 12 IRLS scores, lists the first, every change of 5 or more and the latest; the chart keeps them all', () => {
    const totals = [15, 16, 22, 20, 19, 13, 14, 15, 16, 17, 18, 19, 25, 24];
    const report = buildReport(input({ irls: totals.map((total, i) => ({ scoredOn: addDays(period.from, i * 6), total })) }));
    expect(report.irls.scores.map((r) => r.total)).toEqual(totals);
    expect(report.irls.condensed).toBe(true);
    expect(report.irls.listed.map((r) => [r.total, r.change])).toEqual([
      [15, null],
      [22, '+6'],
      [13, '−6'],
      [25, '+6'],
      [24, '−1'],
    ]);
  });

  it('charts nightly onsets up to half a year, weekly medians beyond', () => {
    expect(buildReport(input({}, () => episodeNight(4))).onsets).toHaveLength(90);
    const long = resolvePeriod({ key: 'custom', from: addDays(LAST, -364), to: LAST }, { lastNight: LAST, firstNight: null });
    const nights = datesBetween(long.previous!.from, long.to).map((d) => nightRecord(d, episodeNight(4, 600)));
    const report = buildReport(input({ period: long, nights }));
    expect(report.onsetsPerWeek).toBe(true);
    expect(report.onsets.length).toBeGreaterThanOrEqual(52);
    expect(report.onsets.length).toBeLessThanOrEqual(54);
    expect(new Set(report.onsets.map((o) => o.minutes))).toEqual(new Set([600]));
  });

  it('lists the 14 most recent nights, newest first, unlogged ones said so', () => {
    const report = buildReport(input({}, (d, i) => (i % 3 ? episodeNight(4) : {})));
    expect(report.recentNights).toHaveLength(14);
    expect(report.recentNights[0]!.night).toMatch(/31 Mar$/);
    expect(report.recentNights.filter((n) => n.worst === 'not logged').length).toBeGreaterThan(0);
  });
});
