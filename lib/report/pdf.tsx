import 'server-only';
import { join } from 'node:path';
import { Document, Font, Line, Page, Path, StyleSheet, Svg, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { barsPath, dotsPath, irlsChart, onsetChart, weeklyChart, type Box, type Plot, type Tick } from './chart-geometry';
import type { Report } from './model';
import { IRLS_COLUMNS, REPORT_NOTE, REPORT_TITLE, irlsCells, irlsChartTitle, type PaperSize } from './wording';

// DejaVu ships in npm and prints "≥", "–" and accents; a server may have no fonts of its own.
const fontDir = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
Font.register({
  family: 'DejaVu',
  fonts: [
    { src: join(fontDir, 'DejaVuSans.ttf') },
    { src: join(fontDir, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
  ],
});

const INK = '#1f2937';
const MUTED = '#4b5563';
const BAR = '#94a3b8';
const LINE = '#b45309';

const s = StyleSheet.create({
  page: { fontFamily: 'DejaVu', fontSize: 7.5, color: INK, paddingVertical: 26, paddingHorizontal: 30 },
  // On the content, not the page: a page-wide lineHeight leaves the page-number text blank (react-pdf 4.9).
  content: { fontSize: 7.5, lineHeight: 1.3 },
  title: { fontSize: 13, fontWeight: 'bold', lineHeight: 1.3 },
  muted: { color: MUTED },
  h2: { fontSize: 9, lineHeight: 1.3, fontWeight: 'bold', marginTop: 8, marginBottom: 3, borderBottomWidth: 0.5, borderBottomColor: '#9ca3af', paddingBottom: 1 },
  row: { flexDirection: 'row' },
  cell: { paddingVertical: 1.2, paddingRight: 4 },
  head: { fontWeight: 'bold' },
  bold: { fontWeight: 'bold' },
  signal: { marginTop: 2, fontWeight: 'bold' },
  footer: { position: 'absolute', bottom: 12, left: 30, fontSize: 6.5, color: MUTED },
  pageNumber: { position: 'absolute', bottom: 12, right: 30, fontSize: 6.5, color: MUTED },
  axis: { fontFamily: 'DejaVu', fontSize: 6 },
});

function Table({ columns, rows }: { columns: { label: string; width: string }[]; rows: string[][] }) {
  return (
    <View>
      <View style={[s.row, { borderBottomWidth: 0.5, borderBottomColor: '#9ca3af' }]}>
        {columns.map((c) => (
          <Text key={c.label} style={[s.cell, s.head, { width: c.width }]}>
            {c.label}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={i} style={[s.row, { borderBottomWidth: 0.25, borderBottomColor: '#e5e7eb' }]} wrap={false}>
          {row.map((value, j) => (
            <Text key={j} style={[s.cell, { width: columns[j]!.width }]}>
              {value}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

const CHART: Box = { width: 255, height: 96 };

function WeeklyChart({ report }: { report: Report }) {
  const c = weeklyChart(report, CHART);
  return (
    <View style={{ width: CHART.width }}>
      <Text style={s.bold}>Nights with episodes a week (bars), mean worst severity 0–10 (line)</Text>
      <Svg width={CHART.width} height={CHART.height}>
        <Line x1={c.plot.x} y1={c.plot.y + c.plot.height} x2={c.plot.x + c.plot.width} y2={c.plot.y + c.plot.height} stroke={MUTED} strokeWidth={0.5} />
        {c.bars.length > 0 && <Path d={barsPath(c.bars)} fill={BAR} />}
        {c.line.length > 1 && <Path d={c.linePath} stroke={LINE} strokeWidth={1.2} fill="none" />}
        {c.line.length > 0 && <Path d={dotsPath(c.line, 1.4)} fill={LINE} />}
        {c.left.map((t) => (
          <Text key={`l${t.label}`} x={c.plot.x - 4} y={t.at + 2} textAnchor="end" style={s.axis} fill={MUTED}>
            {t.label}
          </Text>
        ))}
        {c.right.map((t) => (
          <Text key={`r${t.label}`} x={c.plot.x + c.plot.width + 4} y={t.at + 2} style={s.axis} fill={LINE}>
            {t.label}
          </Text>
        ))}
      </Svg>
    </View>
  );
}

/** Horizontal lines at the ticks, labelled on the left. */
function Gridlines({ ticks, plot }: { ticks: Tick[]; plot: Plot }) {
  return (
    <>
      {ticks.map((t) => (
        <Line key={t.label} x1={plot.x} y1={t.at} x2={plot.x + plot.width} y2={t.at} stroke="#e5e7eb" strokeWidth={0.5} />
      ))}
      {ticks.map((t) => (
        <Text key={`t${t.label}`} x={plot.x - 3} y={t.at + 2} textAnchor="end" style={s.axis} fill={MUTED}>
          {t.label}
        </Text>
      ))}
    </>
  );
}

function OnsetChart({ report }: { report: Report }) {
  const c = onsetChart(report, CHART);
  return (
    <View style={{ width: CHART.width }}>
      <Text style={s.bold}>{report.onsetsPerWeek ? 'First onset time, weekly median' : 'First onset time of each night with episodes'}</Text>
      <Svg width={CHART.width} height={CHART.height}>
        <Gridlines ticks={c.ticks} plot={c.plot} />
        {c.dots.length > 0 && <Path d={dotsPath(c.dots, 1.3)} fill={INK} />}
      </Svg>
    </View>
  );
}

const IRLS_CHART: Box = { width: 520, height: 80 };

function IrlsChart({ report }: { report: Report }) {
  const c = irlsChart(report.irls.scores, IRLS_CHART);
  return (
    <View style={{ width: IRLS_CHART.width, marginBottom: 4 }} wrap={false}>
      <Text style={s.muted}>{irlsChartTitle(report.irls)}</Text>
      <Svg width={IRLS_CHART.width} height={IRLS_CHART.height}>
        <Gridlines ticks={c.ticks} plot={c.plot} />
        <Path d={c.linePath} stroke={INK} strokeWidth={0.8} fill="none" />
        {c.notable.length > 0 && <Path d={dotsPath(c.notable, 1.6)} fill={LINE} />}
      </Svg>
    </View>
  );
}

function ReportDocument({ report, paper }: { report: Report; paper: PaperSize }) {
  const { sections } = report;
  return (
    <Document title={`${REPORT_TITLE} – ${report.period.words}`} author="Stillnight" creator="Stillnight">
      <Page size={paper} style={s.page}>
        <View style={s.content}>
        <View style={[s.row, { justifyContent: 'space-between' }]}>
          <View>
            <Text style={s.title}>{REPORT_TITLE}</Text>
            <Text>
              <Text style={s.bold}>{report.person.name}</Text>
              {report.person.dateOfBirth ? `  ·  born ${report.person.dateOfBirth}` : ''}
            </Text>
            <Text>Period: {report.period.words}</Text>
          </View>
          <View style={{ alignItems: 'flex-end' }}>
            <Text>Generated {report.generatedOn}</Text>
            <Text>
              Nights logged: {report.logged.known} of {report.logged.nights}
            </Text>
            <Text style={s.muted}>{REPORT_NOTE}</Text>
          </View>
        </View>

        {report.empty ? (
          <Text style={{ marginTop: 12 }}>Nothing was logged in this period, so there is nothing to report for it.</Text>
        ) : (
          <>
            <Text style={s.h2} minPresenceAhead={30}>Summary</Text>
            <Table
              columns={[
                { label: '', width: '30%' },
                { label: 'This period', width: '14%' },
                { label: 'Detail', width: '30%' },
                { label: 'Against the previous period', width: '26%' },
              ]}
              rows={report.summary.map((r) => [r.label, r.value, r.detail, r.change ? `${r.change.arrow} ${r.change.words}` : '—'])}
            />
            <Text style={[s.muted, { marginTop: 2 }]}>{report.comparedWith}</Text>
            <Text style={{ marginTop: 2 }}>{report.trend}</Text>
            <Text>{report.onset.sentence}</Text>
            {report.signals.map((signal) => (
              <Text key={signal} style={s.signal}>
                {signal}
              </Text>
            ))}

            {sections.charts && (
              <View style={[s.row, { justifyContent: 'space-between', marginTop: 8 }]} wrap={false}>
                <WeeklyChart report={report} />
                <OnsetChart report={report} />
              </View>
            )}

            {sections.irls && (
              <View>
                <Text style={s.h2} minPresenceAhead={30}>IRLS severity scale (0–40)</Text>
                {report.irls.scores.length === 0 ? (
                  <Text>No IRLS scores in this period.</Text>
                ) : (
                  <>
                    {report.irls.condensed && <IrlsChart report={report} />}
                    <Table
                      columns={IRLS_COLUMNS.map((label, i) => ({ label, width: ['25%', '12%', '20%', '43%'][i]! }))}
                      rows={report.irls.listed.map(irlsCells)}
                    />
                  </>
                )}
              </View>
            )}

            {sections.medications && (
              <View>
                <Text style={s.h2} minPresenceAhead={30}>Medications</Text>
                {report.medications.length === 0 ? (
                  <Text>No medications logged for this period.</Text>
                ) : (
                  <Table
                    columns={[
                      { label: 'Medication', width: '24%' },
                      { label: 'Dose', width: '16%' },
                      { label: 'Schedule', width: '20%' },
                      { label: 'Started', width: '14%' },
                      { label: 'Stopped', width: '14%' },
                      { label: 'As-needed doses', width: '12%' },
                    ]}
                    rows={report.medications.map((m) => [m.name, m.dose, m.asNeeded ? 'as needed' : m.schedule, m.started, m.stopped, m.asNeeded ? String(m.dosesInPeriod) : ''])}
                  />
                )}
              </View>
            )}

            {sections.experiments && (
              <View>
                <Text style={s.h2} minPresenceAhead={30}>Stretching and self-experiments</Text>
                <Text>{report.stretching}</Text>
                {report.experiments.map((e) => (
                  <Text key={e.title + e.nights} style={{ marginTop: 2 }}>
                    <Text style={s.bold}>
                      {e.title} ({e.status}, {e.nights}): {e.verdict}.{' '}
                    </Text>
                    {e.sentence}
                  </Text>
                ))}
              </View>
            )}

            {sections.links && (
              <View>
                <Text style={s.h2} minPresenceAhead={30}>Factor links worth discussing (exploratory: a link is not proof)</Text>
                {report.links.length === 0 ? (
                  <Text>No factor was linked with the nights clearly enough (adjusted p below 0.1) in this period.</Text>
                ) : (
                  report.links.map((l) => (
                    <Text key={l.factor + l.when}>
                      <Text style={s.bold}>
                        {l.factor} ({l.when}):{' '}
                      </Text>
                      {l.severity}; {l.frequency}. Adjusted p {l.adjustedP}; nights {l.nights}.
                    </Text>
                  ))
                )}
              </View>
            )}

            {sections.nights && (
              <View>
                <Text style={s.h2} minPresenceAhead={30}>Most recent nights</Text>
                <Table
                  columns={[
                    { label: 'Night', width: '16%' },
                    { label: 'Worst', width: '11%' },
                    { label: 'Episodes', width: '9%' },
                    { label: 'Onset', width: '9%' },
                    { label: 'Sleep', width: '9%' },
                    { label: 'Stretched', width: '10%' },
                    { label: 'Notable factors', width: '36%' },
                  ]}
                  rows={report.recentNights.map((n) => [n.night, n.worst, n.episodes, n.onset, n.sleep, n.stretched, n.factors])}
                />
              </View>
            )}
          </>
        )}

        {sections.questions && report.questions && (
          <View wrap={false}>
            <Text style={s.h2} minPresenceAhead={30}>My questions for this visit</Text>
            <Text>{report.questions}</Text>
          </View>
        )}

        </View>
        <Text style={s.footer} fixed>
          {report.person.name} · {report.period.words}
        </Text>
        <Text style={s.pageNumber} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </Page>
    </Document>
  );
}

/** The report as a PDF: vector charts, the embedded DejaVu font, A4 or Letter. */
export async function renderReportPdf(report: Report, paper: PaperSize): Promise<Buffer> {
  return renderToBuffer(<ReportDocument report={report} paper={paper} />);
}
