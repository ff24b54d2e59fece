import 'server-only';
import { and, between, count, eq, gte, lte } from 'drizzle-orm';
import { armsOf, resultSentence } from '@/lib/experiments';
import { factorLinks, formatP, frequencyWords, lagWords, linkFactors, severityWords } from '@/lib/insights/factor-links';
import { addDays, formatNight, type CalendarDate } from '@/lib/nights';
import { buildReport, type Report, type ReportExperiment, type ReportLink } from '@/lib/report/model';
import type { ReportSections } from '@/lib/report/sections';
import { trendsReadRange, type ResolvedPeriod, type WeekDay } from '@/lib/trends';
import { getDb } from '../client';
import { episodes, medicationDoses, reportProfiles, type ReportProfile } from '../schema';
import { loadExperimentViews } from './experiment-views';
import { listCustomFactors } from './factors';
import { listIrlsScores } from './irls';
import { listMedicationsBetween } from './medications';
import { listNightRecords } from './night-records';
import { listRoutines } from './stretches';

/** Links with an adjusted p below this are "worth discussing" on the report. */
const LINK_P = 0.1;
const MAX_LINKS = 4;

export async function getReportProfile({ userId }: { userId: string }): Promise<ReportProfile | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(reportProfiles).where(eq(reportProfiles.userId, userId));
  return row;
}

export async function saveReportProfile({
  userId,
  profile,
}: {
  userId: string;
  profile: { reportName: string; dateOfBirth: string | null; questions: string };
}): Promise<void> {
  const db = await getDb();
  const values = { reportName: profile.reportName || null, dateOfBirth: profile.dateOfBirth, questions: profile.questions, updatedAt: new Date() };
  await db.insert(reportProfiles).values({ userId, ...values }).onConflictDoUpdate({ target: reportProfiles.userId, set: values });
}

async function episodeAreas({ userId, from, to }: { userId: string; from: string; to: string }) {
  const db = await getDb();
  return db
    .select({ nightOf: episodes.nightOf, bodyAreas: episodes.bodyAreas })
    .from(episodes)
    .where(and(eq(episodes.userId, userId), between(episodes.nightOf, from, to)));
}

async function dosesPerMedication({ userId, from, to }: { userId: string; from: string; to: string }) {
  const db = await getDb();
  const rows = await db
    .select({ medicationId: medicationDoses.medicationId, doses: count() })
    .from(medicationDoses)
    .where(and(eq(medicationDoses.userId, userId), gte(medicationDoses.nightOf, from), lte(medicationDoses.nightOf, to)))
    .groupBy(medicationDoses.medicationId);
  return new Map(rows.map((r) => [r.medicationId, r.doses]));
}

type ReportRequest = {
  userId: string;
  displayName: string;
  timeZone: string;
  period: ResolvedPeriod;
  sections: ReportSections;
  weekStartsOn: WeekDay;
  /** Today in the user's zone: the generated date, and "tonight" for running experiments. */
  today: CalendarDate;
};

/** Everything the report of a period shows, read for the user and worked out by lib/report. */
export async function loadReport(request: ReportRequest): Promise<Report> {
  const { userId, timeZone, period } = request;
  const read = trendsReadRange(period);
  const [profile, nights, areas, irls, medications, doses, experiments, custom, routines] = await Promise.all([
    getReportProfile({ userId }),
    listNightRecords({ userId, timeZone, ...read, include: { factors: true } }),
    episodeAreas({ userId, ...read }),
    listIrlsScores({ userId }),
    listMedicationsBetween({ userId, from: period.from, to: period.to }),
    dosesPerMedication({ userId, from: period.from, to: period.to }),
    loadExperimentViews({ userId, timeZone, tonight: addDays(request.today, 0) }),
    listCustomFactors({ userId }),
    listRoutines({ userId }),
  ]);

  const reportExperiments: ReportExperiment[] = experiments
    .filter(({ plan, schedule }) => plan.startNight <= period.to && (schedule.at(-1)?.nightOf ?? plan.startNight) >= period.from)
    .map((view) => ({
      title: view.title,
      status: view.plan.status,
      nights: `${formatNight(view.plan.startNight, { weekday: undefined, year: 'numeric' })} on, ${view.plan.blockOrder.length} blocks of ${view.plan.blockLength} nights`,
      verdict: view.verdict,
      sentence: resultSentence(view.result, { conditionA: armsOf(view.plan).a, names: view.names }),
    }));

  const periodNights = nights.filter((n) => n.nightOf >= period.from);
  const seen = new Set<string>();
  const links: ReportLink[] = factorLinks(periodNights, linkFactors({ custom, routines }))
    .filter((l) => l.result && l.result.adjustedP < LINK_P)
    .sort((a, b) => a.result!.adjustedP - b.result!.adjustedP)
    // A routine done every night it was done before bed is the same comparison twice: state it once.
    .filter((l) => {
      const key = `${l.lag}:${l.withNights}:${l.withoutNights}:${severityWords(l.result!)}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, MAX_LINKS)
    .map((l) => ({
      factor: l.factor.withLabel,
      when: lagWords(l.lag),
      severity: severityWords(l.result!),
      frequency: frequencyWords(l.result!.frequency),
      adjustedP: formatP(l.result!.adjustedP),
      nights: `${l.withNights} with, ${l.withoutNights} without`,
    }));

  return buildReport({
    person: { name: profile?.reportName || request.displayName, dateOfBirth: profile?.dateOfBirth ?? null },
    period,
    generatedOn: request.today,
    nights,
    episodeAreas: areas,
    irls: irls.map((s) => ({ scoredOn: s.scoredOn, total: s.total })),
    medications: medications.map((m) => ({
      name: m.name,
      dose: m.dose,
      schedule: m.schedule,
      asNeeded: m.asNeeded,
      startedOn: m.startedOn,
      stoppedOn: m.stoppedOn,
      dosesInPeriod: doses.get(m.id) ?? 0,
    })),
    experiments: reportExperiments,
    links,
    questions: profile?.questions ?? '',
    sections: request.sections,
    weekStartsOn: request.weekStartsOn,
  });
}
