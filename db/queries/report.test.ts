import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, between, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/nights';
import { renderReportPdf } from '@/lib/report/pdf';
import { ALL_SECTIONS } from '@/lib/report/sections';
import { resolvePeriod } from '@/lib/trends';
import { seedDemoAccount } from '../seed';
import { episodes, irlsScores, medications, nightCheckins } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import { loadReport, saveReportProfile } from './report';
import { createUser } from './users';

const TODAY = '2026-03-20';
const LAST_NIGHT = addDays(TODAY, -1);
const dir = mkdtempSync(join(tmpdir(), 'stillnight-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF's text as pdftotext lays it out, and its page count from pdfinfo (Debian's poppler-utils). */
function readPdf(pdf: Buffer): { text: string; pages: number } {
  const file = join(dir, `${randomUUID()}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

const period = resolvePeriod({ key: 'custom', from: addDays(LAST_NIGHT, -89), to: LAST_NIGHT }, { lastNight: LAST_NIGHT, firstNight: null });
const request = (userId: string, displayName = 'Demo') => ({
  userId,
  displayName,
  timeZone: 'Europe/Berlin',
  period,
  sections: ALL_SECTIONS,
  weekStartsOn: 1 as const,
  today: TODAY,
});

describe.each(testDatabaseKinds)('the doctor report PDF on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('states the period, figures computed from the rows, the medications and the IRLS totals, on at most two pages', async () => {
    const demo = await seedDemoAccount({ today: TODAY });
    await saveReportProfile({ userId: demo.userId, profile: { reportName: 'Dana Demo', dateOfBirth: '1961-04-02', questions: 'Is my iron level worth checking again?' } });
    const report = await loadReport(request(demo.userId));
    const pdf = await renderReportPdf(report, 'A4');
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, pdf);
    const { text, pages } = readPdf(pdf);
    expect(pages).toBeLessThanOrEqual(2);
    const flat = text.replace(/\s+/g, ' ');

    expect(flat).toContain('Dana Demo · born 1961-04-02');
    expect(flat).toContain(`Period: ${report.period.words}`);
    expect(report.period.words).toMatch(/^\d{1,2} \w{3} 2025 – 19 Mar 2026 \(90 nights\)$/);
    expect(flat).toContain('Self-reported data');

    // Independently of the report's code: the rows of the period, straight from the tables.
    const db = test.handle.db;
    const inPeriod = (column: typeof episodes.nightOf | typeof nightCheckins.nightOf) => between(column, period.from, period.to);
    const eps = await db.select().from(episodes).where(and(eq(episodes.userId, demo.userId), inPeriod(episodes.nightOf)));
    const checks = await db.select().from(nightCheckins).where(and(eq(nightCheckins.userId, demo.userId), inPeriod(nightCheckins.nightOf)));
    const worst = new Map<string, number>();
    for (const c of checks) if (!c.hadSymptoms) worst.set(c.nightOf, 0);
    for (const e of eps) worst.set(e.nightOf, Math.max(worst.get(e.nightOf) ?? 0, e.severity!));
    const known = new Set([...checks.map((c) => c.nightOf), ...eps.map((e) => e.nightOf)]);
    const episodeNights = new Set(eps.map((e) => e.nightOf)).size;
    const meanWorst = [...worst.values()].reduce((a, b) => a + b, 0) / worst.size;
    expect(flat).toContain(`Nights logged: ${known.size} of 90`);
    expect(flat).toMatch(new RegExp(`Nights with episodes per week ${((7 * episodeNights) / known.size).toFixed(1)} ${episodeNights} of ${known.size} logged nights`));
    expect(flat).toMatch(new RegExp(`Mean worst severity ${meanWorst.toFixed(1)} `));

    const meds = await db.select().from(medications).where(eq(medications.userId, demo.userId));
    expect(meds.length).toBeGreaterThan(0);
    for (const m of meds.filter((m) => m.startedOn <= period.to && (!m.stoppedOn || m.stoppedOn >= period.from))) expect(flat).toContain(m.name);
    const scores = await db.select().from(irlsScores).where(and(eq(irlsScores.userId, demo.userId), between(irlsScores.scoredOn, period.from, period.to)));
    expect(scores.length).toBeGreaterThan(0);
    for (const s of scores) expect(flat).toMatch(new RegExp(`\\b${s.total} (None|Mild|Moderate|Severe|Very severe)\\b`));

    expect(flat).toContain('exploratory: a link is not proof');
    expect(flat).toContain('Is my iron level worth checking again?');
    expect(flat).toMatch(/≥|–/);
    expect(flat).toContain('Page 1 of');
  });

  it('five years on two pages: every IRLS score in a chart, the first, the changes of 5 or more and the latest listed', async () => {
    const demo = await seedDemoAccount({ email: `${randomUUID()}@example.test`, nights: 1826, seed: 5, today: TODAY });
    const long = resolvePeriod({ key: 'custom', from: addDays(LAST_NIGHT, -1825), to: LAST_NIGHT }, { lastNight: LAST_NIGHT, firstNight: null });
    const report = await loadReport({ ...request(demo.userId), period: long });
    const { text, pages } = readPdf(await renderReportPdf(report, 'A4'));
    expect(pages).toBeLessThanOrEqual(2);
    const flat = text.replace(/\s+/g, ' ');
    const scores = await test.handle.db.select().from(irlsScores).where(eq(irlsScores.userId, demo.userId)).orderBy(irlsScores.scoredOn);
    expect(scores.length).toBeGreaterThan(12);
    expect(flat).toContain(`All ${scores.length} IRLS totals`);
    const listed = report.irls.listed;
    expect(listed.length).toBeLessThan(scores.length);
    expect(listed.at(-1)!.scoredOn).toBe(scores.at(-1)!.scoredOn);
    for (const r of listed) expect(flat).toContain(`${r.date} ${r.total} ${r.band}`);
    expect(listed.slice(1, -1).every((r) => r.notable)).toBe(true);
  });

  it('an account with nothing logged gets a short report that says so', async () => {
    const user = await createUser({ account: { email: `${randomUUID()}@example.test`, passwordHash: 'x', displayName: 'Newcomer', timeZone: 'Europe/Berlin' } });
    const { text, pages } = readPdf(await renderReportPdf(await loadReport(request(user!.id, 'Newcomer')), 'LETTER'));
    expect(pages).toBe(1);
    expect(text).toContain('Nothing was logged in this period, so there is nothing to report for it.');
    expect(text).toContain('Nights logged: 0 of 90');
  });
});
