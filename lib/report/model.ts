import type { Medication } from '@/db/schema';
import { formatNight } from '../nights/format';
import type { NightRecord } from '../nights/night-record';
import { addDays } from '../nights/calendar-date';
import { irlsBand } from '../irls/band';
import { mean } from '../stats/descriptive';
import { formatClock, formatNumber, formatPercent } from '../trends/format';
import { headlineFigures, headlineRows, type HeadlineRow } from '../trends/headline';
import type { ResolvedPeriod } from '../trends/period';
import { onsetDrift, severityTrend } from '../trends/sentences';
import { bucketWeeks, type TrendWeek } from '../trends/weekly';
import type { WeekDay } from '../trends/weeks';
import type { ReportSections } from './sections';

export type ReportMedication = Pick<Medication, 'name' | 'dose' | 'schedule' | 'asNeeded' | 'startedOn' | 'stoppedOn'> & {
  /** As-needed doses taken on nights of the period. */
  dosesInPeriod: number;
};

/** An experiment as the report states it: already in words. */
export type ReportExperiment = { title: string; status: string; nights: string; verdict: string; sentence: string };
/** A factor link worth discussing, already in words. */
export type ReportLink = { factor: string; when: string; severity: string; frequency: string; adjustedP: string; nights: string };

export type ReportInput = {
  person: { name: string; dateOfBirth: string | null };
  period: ResolvedPeriod;
  generatedOn: string;
  /** Every night of the previous period and the period, oldest first (listNightRecords). */
  nights: readonly NightRecord[];
  /** The body areas of each episode of those nights. */
  episodeAreas: readonly { nightOf: string; bodyAreas: readonly string[] }[];
  irls: readonly { scoredOn: string; total: number }[];
  medications: readonly ReportMedication[];
  experiments: readonly ReportExperiment[];
  links: readonly ReportLink[];
  questions: string;
  sections: ReportSections;
  weekStartsOn: WeekDay;
};

export type ReportChartWeek = { weekStart: string; episodeNights: number; knownNights: number; meanWorst: number | null };
export type ReportRecentNight = { night: string; worst: string; episodes: string; onset: string; sleep: string; stretched: string; factors: string };
export type ReportIrls = { scoredOn: string; date: string; total: number; band: string; change: string | null; notable: boolean };

/**
 * Every IRLS score of the period (the chart's), and the rows the table lists: all of them up to
 * `IRLS_LISTED_UP_TO`; past that, the first, every change of 5 or more points and the latest — years
 * of monthly scores would fill pages a doctor has no time for.
 */
export type ReportIrlsSeries = { scores: ReportIrls[]; listed: ReportIrls[]; condensed: boolean };

export type Report = {
  person: { name: string; dateOfBirth: string | null };
  period: { from: string; to: string; nights: number; words: string };
  generatedOn: string;
  logged: { known: number; nights: number };
  /** True when nothing at all was logged in the period: the report says so and stops. */
  empty: boolean;
  summary: HeadlineRow[];
  comparedWith: string;
  trend: string;
  onset: { median: string | null; sentence: string };
  /** Factual augmentation signals, each ending with "discuss with your doctor". */
  signals: string[];
  weeks: ReportChartWeek[];
  /** First onsets for the onset chart, minutes after noon: each night's, or each week's median over long periods. */
  onsets: { nightOf: string; minutes: number }[];
  onsetsPerWeek: boolean;
  irls: ReportIrlsSeries;
  medications: (ReportMedication & { started: string; stopped: string })[];
  stretching: string;
  experiments: ReportExperiment[];
  links: ReportLink[];
  recentNights: ReportRecentNight[];
  questions: string;
  sections: ReportSections;
};

const RECENT_NIGHTS = 14;
/** Past this many nights the onset chart shows weekly medians: nightly dots would merge into a smear. */
const NIGHTLY_ONSETS_UP_TO = 182;
/** IRLS changes of this many points or more are called out. */
export const IRLS_NOTABLE_CHANGE = 5;
export const IRLS_LISTED_UP_TO = 12;
/** Nights before and after a medication start compared for rising severity. */
const AROUND_START = 14;
const MIN_RATED_AROUND_START = 5;

const dateWithYear = (night: string) => formatNight(night, { weekday: undefined, year: 'numeric' });
const shortDate = (night: string) => formatNight(night, { weekday: undefined });

function periodWords(from: string, to: string, nights: number) {
  return `${dateWithYear(from)} – ${dateWithYear(to)} (${nights} nights)`;
}

/** Onset moving earlier, spread beyond the legs, severity rising after a medication start: facts, never a diagnosis. */
function augmentationSignals(input: ReportInput, current: readonly NightRecord[]): string[] {
  const signals: string[] = [];
  const drift = onsetDrift(current);
  if (drift?.sentence) signals.push(`${drift.sentence.replace(/ Symptoms starting earlier.*$/, '')} Discuss with your doctor.`);

  const { from } = input.period;
  const spread = (inPeriod: boolean) =>
    new Set(
      input.episodeAreas
        .filter((e) => (e.nightOf >= from) === inPeriod)
        .flatMap((e) => e.bodyAreas.filter((a): a is string => a === 'arms' || a === 'trunk')),
    );
  const now = spread(true);
  const before = spread(false);
  const newAreas: string[] = [...now].filter((a) => !before.has(a));
  if (newAreas.length) {
    const nights = new Set(input.episodeAreas.filter((e) => e.nightOf >= from && e.bodyAreas.some((a) => newAreas.includes(a))).map((e) => e.nightOf)).size;
    signals.push(
      `Symptoms in the ${newAreas.join(' and ')} on ${nights} ${nights === 1 ? 'night' : 'nights'} of this period, none logged before it. Discuss with your doctor.`,
    );
  }

  const byNight = new Map(input.nights.map((n) => [n.nightOf, n]));
  const rated = (start: string, step: 1 | -1) => {
    const out: number[] = [];
    for (let i = 0; i < AROUND_START; i++) {
      const night = byNight.get(addDays(start, step === 1 ? i : -1 - i));
      if (night?.worstSeverity !== null && night?.worstSeverity !== undefined) out.push(night.worstSeverity);
    }
    return out;
  };
  for (const med of input.medications) {
    if (med.startedOn < input.period.previous!.from || med.startedOn > input.period.to) continue;
    const before = rated(med.startedOn, -1);
    const after = rated(med.startedOn, 1);
    if (before.length < MIN_RATED_AROUND_START || after.length < MIN_RATED_AROUND_START) continue;
    const [b, a] = [mean(before), mean(after)];
    if (a - b >= 1) {
      signals.push(
        `Mean worst severity was ${formatNumber(a, 1)} in the ${AROUND_START} nights after starting ${med.name} (${shortDate(med.startedOn)}), ` +
          `against ${formatNumber(b, 1)} in the ${AROUND_START} nights before. Discuss with your doctor.`,
      );
    }
  }
  return signals;
}

function irlsSeries(input: ReportInput['irls'], period: ResolvedPeriod): ReportIrlsSeries {
  const scores = irlsRows(input, period);
  if (scores.length <= IRLS_LISTED_UP_TO) return { scores, listed: scores, condensed: false };
  const listed = scores.filter((score, i) => i === 0 || i === scores.length - 1 || score.notable);
  return { scores, listed, condensed: true };
}

function irlsRows(scores: ReportInput['irls'], period: ResolvedPeriod): ReportIrls[] {
  const sorted = [...scores].sort((a, b) => a.scoredOn.localeCompare(b.scoredOn));
  // The last score before the period too: the doctor sees where it started.
  const firstIn = sorted.findIndex((s) => s.scoredOn >= period.from);
  const start = firstIn === -1 ? Math.max(0, sorted.length - 1) : Math.max(0, firstIn - 1);
  const shown = sorted.slice(start).filter((s) => s.scoredOn <= period.to);
  return shown.map((score, i) => {
    const previous = i > 0 ? shown[i - 1]!.total : null;
    const change = previous === null ? null : score.total - previous;
    return {
      scoredOn: score.scoredOn,
      date: dateWithYear(score.scoredOn),
      total: score.total,
      band: irlsBand(score.total).label,
      change: change === null ? null : change === 0 ? 'no change' : `${change > 0 ? '+' : '−'}${Math.abs(change)}`,
      notable: change !== null && Math.abs(change) >= IRLS_NOTABLE_CHANGE,
    };
  });
}

function factorWords(night: NightRecord): string {
  const f = night.factors;
  if (!f) return '';
  const parts: string[] = [];
  if (f.lastCaffeineMinutes !== null && f.lastCaffeineMinutes >= 14 * 60) parts.push('late caffeine');
  if ((f.alcoholDrinks ?? 0) > 0) parts.push(`alcohol ${f.alcoholDrinks}`);
  if ((f.stress ?? 0) >= 7) parts.push(`stress ${f.stress}`);
  if ((f.exerciseMinutes ?? 0) > 0) parts.push(`exercise ${f.exerciseMinutes} min`);
  return parts.join(', ');
}

function recentNights(nights: readonly NightRecord[]): ReportRecentNight[] {
  return nights
    .slice(-RECENT_NIGHTS)
    .reverse()
    .map((n) => ({
      night: formatNight(n.nightOf, { weekday: 'short' }),
      worst: n.status === 'unknown' ? 'not logged' : n.status === 'symptom_free' ? '0' : n.worstSeverity === null ? '–' : String(n.worstSeverity),
      episodes: n.status === 'unknown' ? '' : String(n.episodeCount),
      onset: n.firstOnset === null ? '' : formatClock(n.firstOnset),
      sleep: n.hoursSlept === null ? '' : `${formatNumber(n.hoursSlept, 1)} h`,
      stretched: n.beforeBedStretch ? 'yes' : '',
      factors: factorWords(n),
    }));
}

function chartWeeks(weeks: readonly TrendWeek[], nights: readonly NightRecord[]): ReportChartWeek[] {
  let at = 0;
  return weeks.map((week) => {
    const own = nights.slice(at, at + week.nights);
    at += week.nights;
    const rated = own.map((n) => n.worstSeverity).filter((s): s is number => s !== null);
    return { weekStart: week.weekStart, episodeNights: week.episodeNights, knownNights: week.knownNights, meanWorst: rated.length ? mean(rated) : null };
  });
}

/** The doctor report of a period, worked out from its inputs alone: every figure and sentence it shows. */
export function buildReport(input: ReportInput): Report {
  const { period } = input;
  const current = input.nights.filter((n) => n.nightOf >= period.from && n.nightOf <= period.to);
  const previous = input.nights.filter((n) => n.nightOf < period.from);
  const figures = headlineFigures(current);
  const previousFigures = headlineFigures(previous);
  const comparable = previousFigures.knownNights > 0 ? previousFigures : null;
  const onsets = current.filter((n) => n.firstOnset !== null).map((n) => ({ nightOf: n.nightOf, minutes: n.firstOnset! }));
  const sortedOnsets = onsets.map((o) => o.minutes).sort((a, b) => a - b);
  const medianOnset = sortedOnsets.length ? sortedOnsets[Math.floor((sortedOnsets.length - 1) / 2)]! : null;
  const stretchNights = current.filter((n) => n.beforeBedStretch).length;
  const weeks = bucketWeeks(current, input.weekStartsOn);
  const onsetsPerWeek = period.nights > NIGHTLY_ONSETS_UP_TO;
  const chartOnsets = onsetsPerWeek
    ? weeks.flatMap((w) => (w.medianOnset === null ? [] : [{ nightOf: w.weekStart < period.from ? period.from : w.weekStart, minutes: w.medianOnset }]))
    : onsets;

  return {
    person: input.person,
    period: { from: period.from, to: period.to, nights: period.nights, words: periodWords(period.from, period.to, period.nights) },
    generatedOn: dateWithYear(input.generatedOn),
    logged: { known: figures.knownNights, nights: figures.nights },
    empty: figures.knownNights === 0,
    summary: headlineRows(figures, comparable).filter((row) => row.id !== 'logged'),
    comparedWith:
      period.previous && comparable
        ? `Arrows compare with the previous ${period.nights} nights, ${dateWithYear(period.previous.from)} – ${dateWithYear(period.previous.to)}.`
        : 'Nothing was logged in the period before, so there is nothing to compare with.',
    trend: severityTrend(current).sentence,
    onset: {
      median: medianOnset === null ? null : formatClock(medianOnset),
      sentence: medianOnset === null ? 'No episode onset times logged.' : `Median first onset ${formatClock(medianOnset)}, over ${onsets.length} nights.`,
    },
    signals: augmentationSignals(input, current),
    weeks: chartWeeks(weeks, current),
    onsets: chartOnsets,
    onsetsPerWeek,
    irls: irlsSeries(input.irls, period),
    medications: input.medications.map((m) => ({
      ...m,
      started: dateWithYear(m.startedOn),
      stopped: m.stoppedOn ? dateWithYear(m.stoppedOn) : 'ongoing',
    })),
    stretching: figures.knownNights
      ? `Stretched before bed on ${stretchNights} of ${figures.knownNights} logged nights (${formatPercent(stretchNights / figures.knownNights)}).`
      : 'No nights logged.',
    experiments: [...input.experiments],
    links: [...input.links],
    recentNights: recentNights(current),
    questions: input.questions.trim(),
    sections: input.sections,
  };
}
