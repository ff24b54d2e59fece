import { barsPath, dotsPath, irlsChart, onsetChart, weeklyChart, type Box, type Plot, type Tick } from '@/lib/report/chart-geometry';
import type { Report } from '@/lib/report/model';
import { IRLS_COLUMNS, REPORT_NOTE, REPORT_TITLE, irlsCells, irlsChartTitle } from '@/lib/report/wording';

const CHART: Box = { width: 340, height: 120 };
const h2 = 'mt-5 border-b border-night-200 pb-0.5 text-base font-semibold print:mt-3 print:text-sm dark:border-night-700';
const table = 'w-full border-collapse text-left text-sm print:text-xs';
const th = 'border-b border-night-300 py-1 pr-2 font-semibold dark:border-night-600';
const td = 'border-b border-night-100 py-1 pr-2 align-top dark:border-night-800';

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: string[][] }) {
  return (
    // Focusable: on a phone the table scrolls sideways, and keyboard users must be able to scroll it.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className={table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={td}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WeeklyChart({ report }: { report: Report }) {
  const c = weeklyChart(report, CHART);
  const words = report.weeks.map((w) => `${w.episodeNights} of ${w.knownNights}`).join(', ');
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm font-semibold print:text-xs">Nights with episodes a week (bars), mean worst severity 0–10 (line)</figcaption>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} className="w-full max-w-md" role="img" aria-label={`Nights with episodes per week: ${words}.`}>
        <line x1={c.plot.x} y1={c.plot.y + c.plot.height} x2={c.plot.x + c.plot.width} y2={c.plot.y + c.plot.height} className="stroke-night-400" strokeWidth={0.7} />
        <path d={barsPath(c.bars)} className="fill-night-300 dark:fill-night-600" />
        {c.line.length > 1 && <path d={c.linePath} className="stroke-amber-700 dark:stroke-amber-400" strokeWidth={1.5} fill="none" />}
        {c.left.map((t) => (
          <text key={`l${t.label}`} x={c.plot.x - 4} y={t.at + 3} textAnchor="end" fontSize={8} className="fill-night-600 dark:fill-night-300">
            {t.label}
          </text>
        ))}
        {c.right.map((t) => (
          <text key={`r${t.label}`} x={c.plot.x + c.plot.width + 4} y={t.at + 3} fontSize={8} className="fill-amber-800 dark:fill-amber-400">
            {t.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}

/** Horizontal lines at the ticks, labelled on the left. */
function Gridlines({ ticks, plot }: { ticks: Tick[]; plot: Plot }) {
  return ticks.map((t) => (
    <g key={t.label}>
      <line x1={plot.x} y1={t.at} x2={plot.x + plot.width} y2={t.at} className="stroke-night-200 dark:stroke-night-700" strokeWidth={0.7} />
      <text x={plot.x - 3} y={t.at + 3} textAnchor="end" fontSize={8} className="fill-night-600 dark:fill-night-300">
        {t.label}
      </text>
    </g>
  ));
}

function OnsetChart({ report }: { report: Report }) {
  const c = onsetChart(report, CHART);
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm font-semibold print:text-xs">{report.onsetsPerWeek ? 'First onset time, weekly median' : 'First onset time of each night with episodes'}</figcaption>
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} className="w-full max-w-md" role="img" aria-label={report.onset.sentence}>
        <Gridlines ticks={c.ticks} plot={c.plot} />
        <path d={dotsPath(c.dots, 1.8)} className="fill-night-800 dark:fill-night-100" />
      </svg>
    </figure>
  );
}

const IRLS_CHART: Box = { width: 680, height: 110 };

function IrlsChart({ report }: { report: Report }) {
  const c = irlsChart(report.irls.scores, IRLS_CHART);
  const words = report.irls.scores.map((r) => `${r.date}: ${r.total}`).join(', ');
  return (
    <figure className="min-w-0">
      <figcaption className="text-sm text-night-700 print:text-xs dark:text-night-200">{irlsChartTitle(report.irls)}</figcaption>
      <svg viewBox={`0 0 ${IRLS_CHART.width} ${IRLS_CHART.height}`} className="w-full" role="img" aria-label={`IRLS totals: ${words}.`}>
        <Gridlines ticks={c.ticks} plot={c.plot} />
        <path d={c.linePath} className="stroke-night-800 dark:stroke-night-100" strokeWidth={1} fill="none" />
        <path d={dotsPath(c.notable, 2.2)} className="fill-amber-700 dark:fill-amber-400" />
      </svg>
    </figure>
  );
}

/** The report as a page: the on-screen preview, the print page and the clinician's shared view. */
export function ReportView({ report }: { report: Report }) {
  const { sections } = report;
  return (
    <article aria-labelledby="report-title" className="space-y-1 text-night-900 print:text-black dark:text-night-50">
      <header className="flex flex-wrap justify-between gap-2">
        <div>
          <h2 id="report-title" className="text-xl font-bold print:text-lg">
            {REPORT_TITLE}
          </h2>
          <p>
            <strong>{report.person.name}</strong>
            {report.person.dateOfBirth && <> · born {report.person.dateOfBirth}</>}
          </p>
          <p>Period: {report.period.words}</p>
        </div>
        <div className="text-sm sm:text-right">
          <p>Generated {report.generatedOn}</p>
          <p>
            Nights logged: {report.logged.known} of {report.logged.nights}
          </p>
          <p className="text-night-600 dark:text-night-300">{REPORT_NOTE}</p>
        </div>
      </header>

      {report.empty ? (
        <p className="mt-4">Nothing was logged in this period, so there is nothing to report for it.</p>
      ) : (
        <>
          <h3 className={h2}>Summary</h3>
          <Table
            caption="Summary"
            head={['Measure', 'This period', 'Detail', 'Against the previous period']}
            rows={report.summary.map((r) => [r.label, r.value, r.detail, r.change ? `${r.change.arrow} ${r.change.words}` : '—'])}
          />
          <p className="text-sm text-night-600 dark:text-night-300">{report.comparedWith}</p>
          <p>{report.trend}</p>
          <p>{report.onset.sentence}</p>
          {report.signals.map((signal) => (
            <p key={signal} className="font-semibold">
              {signal}
            </p>
          ))}

          {sections.charts && (
            <div className="mt-3 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
              <WeeklyChart report={report} />
              <OnsetChart report={report} />
            </div>
          )}

          {sections.irls && (
            <section>
              <h3 className={h2}>IRLS severity scale (0–40)</h3>
              {report.irls.scores.length === 0 ? (
                <p>No IRLS scores in this period.</p>
              ) : (
                <>
                  {report.irls.condensed && <IrlsChart report={report} />}
                  <Table caption="IRLS scores" head={[...IRLS_COLUMNS]} rows={report.irls.listed.map(irlsCells)} />
                </>
              )}
            </section>
          )}

          {sections.medications && (
            <section>
              <h3 className={h2}>Medications</h3>
              {report.medications.length === 0 ? (
                <p>No medications logged for this period.</p>
              ) : (
                <Table
                  caption="Medications"
                  head={['Medication', 'Dose', 'Schedule', 'Started', 'Stopped', 'As-needed doses']}
                  rows={report.medications.map((m) => [m.name, m.dose, m.asNeeded ? 'as needed' : m.schedule, m.started, m.stopped, m.asNeeded ? String(m.dosesInPeriod) : ''])}
                />
              )}
            </section>
          )}

          {sections.experiments && (
            <section>
              <h3 className={h2}>Stretching and self-experiments</h3>
              <p>{report.stretching}</p>
              {report.experiments.map((e) => (
                <p key={e.title + e.nights}>
                  <strong>
                    {e.title} ({e.status}, {e.nights}): {e.verdict}.
                  </strong>{' '}
                  {e.sentence}
                </p>
              ))}
            </section>
          )}

          {sections.links && (
            <section>
              <h3 className={h2}>Factor links worth discussing (exploratory: a link is not proof)</h3>
              {report.links.length === 0 ? (
                <p>No factor was linked with the nights clearly enough (adjusted p below 0.1) in this period.</p>
              ) : (
                report.links.map((l) => (
                  <p key={l.factor + l.when}>
                    <strong>
                      {l.factor} ({l.when}):
                    </strong>{' '}
                    {l.severity}; {l.frequency}. Adjusted p {l.adjustedP}; nights {l.nights}.
                  </p>
                ))
              )}
            </section>
          )}

          {sections.nights && (
            <section>
              <h3 className={h2}>Most recent nights</h3>
              <Table
                caption="Most recent nights"
                head={['Night', 'Worst', 'Episodes', 'Onset', 'Sleep', 'Stretched', 'Notable factors']}
                rows={report.recentNights.map((n) => [n.night, n.worst, n.episodes, n.onset, n.sleep, n.stretched, n.factors])}
              />
            </section>
          )}
        </>
      )}

      {sections.questions && report.questions && (
        <section>
          <h3 className={h2}>My questions for this visit</h3>
          <p className="whitespace-pre-line">{report.questions}</p>
        </section>
      )}
    </article>
  );
}
