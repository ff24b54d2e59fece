import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getReportProfile, loadReport } from '@/db/queries/report';
import { listShareLinks } from '@/db/queries/share-links';
import { ReportView } from '@/components/report/report-view';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { requireUser } from '@/lib/auth/current-user';
import { addDays, formatNight, lastNightOf, localDateOf } from '@/lib/nights';
import { REPORT_SECTIONS, type ReportSection } from '@/lib/report/sections';
import { resolvePeriod, weekStartFromAcceptLanguage } from '@/lib/trends';
import { fieldErrorsOf, firstErrors } from '@/lib/validation/field-errors';
import { DEFAULT_REPORT_NIGHTS, LAST_NIGHT_MESSAGE, reportRequestSchema, sectionsWithout } from '@/lib/validation/report';
import { ReportActions } from './report-actions';
import { ReportDetailsForm } from './report-details-form';
import { ShareLinksCard, type ShareLinkRow } from './share-links-card';

export const metadata: Metadata = { title: 'Report' };

type Search = Record<string, string | string[] | undefined>;
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** ?from&to (default the last 90 nights) and, once the form was sent, ?include=… per section. */
function readSearch(search: Search, lastNight: string) {
  const defaults = { from: addDays(lastNight, 1 - DEFAULT_REPORT_NIGHTS), to: lastNight };
  const sent = { from: one(search.from) ?? defaults.from, to: one(search.to) ?? defaults.to };
  const included = list(search.include);
  const omit = search.sections ? (Object.keys(REPORT_SECTIONS) as ReportSection[]).filter((k) => !included.includes(k)) : [];
  const parsed = reportRequestSchema.safeParse({ ...sent, omit });
  const errors: Record<string, string> = parsed.success ? {} : firstErrors(fieldErrorsOf(parsed.error));
  // After last night, whatever else is wrong: that is the first thing to fix.
  if (!errors.to && /^\d{4}-\d{2}-\d{2}$/.test(sent.to) && sent.to > lastNight) errors.to = LAST_NIGHT_MESSAGE;
  const valid = parsed.success && !errors.to;
  return { sent, errors, period: valid ? { from: parsed.data.from, to: parsed.data.to } : defaults, omit };
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  const [search, requestHeaders] = await Promise.all([searchParams, headers()]);
  const lastNight = lastNightOf(new Date(), user.timeZone);
  const { sent, errors, period, omit } = readSearch(search, lastNight);
  const [report, profile, links] = await Promise.all([
    loadReport({
      userId: user.id,
      displayName: user.displayName,
      timeZone: user.timeZone,
      period: resolvePeriod({ key: 'custom', ...period }, { lastNight, firstNight: null }),
      sections: sectionsWithout(omit),
      weekStartsOn: weekStartFromAcceptLanguage(requestHeaders.get('accept-language')),
      today: localDateOf(new Date(), user.timeZone),
    }),
    getReportProfile({ userId: user.id }),
    listShareLinks({ userId: user.id }),
  ]);
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: user.timeZone });
  const now = new Date();
  const shareRows: ShareLinkRow[] = links.map((link) => ({
    id: link.id,
    period: `${formatNight(link.periodFrom, { weekday: undefined, year: 'numeric' })} – ${formatNight(link.periodTo, { weekday: undefined, year: 'numeric' })}`,
    state: link.revokedAt ? 'withdrawn' : link.expiresAt <= now ? 'expired' : 'open',
    expires: when.format(link.expiresAt),
    lastOpened: link.lastOpenedAt ? `last opened ${when.format(link.lastOpenedAt)}` : 'not opened yet',
  }));

  return (
    <div className="space-y-5">
      <div className="space-y-5 print:hidden">
        <div>
          <h1 className="text-2xl font-bold">Report for your doctor</h1>
          <p className="text-night-600 dark:text-night-300">
            Two pages a doctor can read in a minute. Choose the nights and what to include, then download the PDF or print this page.
          </p>
        </div>

        <Card>
          <form method="get" action="/report" noValidate aria-label="Period and contents" className="space-y-4">
            <input type="hidden" name="sections" value="1" />
            <div className="grid gap-4 sm:grid-cols-2">
              {(['from', 'to'] as const).map((key) => {
                const label = key === 'from' ? 'First night' : 'Last night';
                const id = `report-${key}`;
                return (
                  <Field key={key} label={label} name={id} error={errors[key]}>
                    <input
                      id={id}
                      name={key}
                      type="date"
                      defaultValue={sent[key]}
                      max={lastNight}
                      aria-invalid={errors[key] ? true : undefined}
                      aria-describedby={describedBy(id, errors[key])}
                      className={inputClass}
                    />
                  </Field>
                );
              })}
            </div>
            <fieldset>
              <legend className="text-sm font-medium">Include</legend>
              <div className="mt-2 grid gap-1 sm:grid-cols-2">
                {(Object.entries(REPORT_SECTIONS) as [ReportSection, string][]).map(([key, label]) => (
                  <label key={key} className="flex min-h-11 items-center gap-3">
                    <input type="checkbox" name="include" value={key} defaultChecked={!omit.includes(key)} className="h-5 w-5" />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
            <Button type="submit" variant="secondary">
              Show this report
            </Button>
          </form>
        </Card>

        <ReportActions from={period.from} to={period.to} omit={omit} />
      </div>

      <Card className="print:bg-white print:p-0 print:shadow-none print:ring-0">
        <ReportView report={report} />
      </Card>

      <Card className="print:hidden">
        <h2 className="mb-4 text-lg font-semibold">Share with your clinician</h2>
        <ShareLinksCard from={period.from} to={period.to} periodWords={report.period.words} links={shareRows} />
      </Card>

      <Card className="print:hidden">
        <h2 className="mb-4 text-lg font-semibold">Your details on the report</h2>
        <ReportDetailsForm
          displayName={user.displayName}
          initial={{ reportName: profile?.reportName ?? '', dateOfBirth: profile?.dateOfBirth ?? '', questions: profile?.questions ?? '' }}
        />
      </Card>
    </div>
  );
}
