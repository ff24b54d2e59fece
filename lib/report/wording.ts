import type { ReportIrls, ReportIrlsSeries } from './model';
export const REPORT_TITLE = 'Restless legs: symptom report';
export const REPORT_NOTE = 'Self-reported data from the Stillnight app';

export type PaperSize = 'A4' | 'LETTER';
/** Countries that print on US Letter; everyone else uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PA', 'DO', 'PR', 'SV']);

/** The paper of the person's locale, from Accept-Language's first tag: "en-US" (and "en", whose likely region is the US) → Letter, "de-DE" or "en-GB" → A4. */
export function paperSizeFor(acceptLanguage: string | null | undefined): PaperSize {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().split(';')[0] ?? '';
  try {
    const region = new Intl.Locale(first).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'LETTER' : 'A4';
  } catch {
    return 'A4';
  }
}

/** The IRLS table's columns and cells, the same on the page and in the PDF. */
export const IRLS_COLUMNS = ['Date', 'Total', 'Band', 'Change'] as const;
export const irlsCells = (r: ReportIrls): string[] => [
  r.date,
  String(r.total),
  r.band,
  r.change ? `${r.change}${r.notable ? ' (a change of 5 or more points)' : ''}` : '',
];

/** Over the chart of a long series: what the shorter table lists. */
export const irlsChartTitle = (series: ReportIrlsSeries) =>
  `All ${series.scores.length} IRLS totals (dots: changes of 5 or more points); the table lists the first, those changes and the latest`;
