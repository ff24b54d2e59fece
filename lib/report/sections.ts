/** What a report can leave out; the header and the summary are always there. */
export const REPORT_SECTIONS = {
  charts: 'Charts',
  irls: 'IRLS scores',
  medications: 'Medications',
  experiments: 'Stretching and experiments',
  links: 'Factor links',
  nights: 'Recent nights',
  questions: 'My questions',
} as const;
export type ReportSection = keyof typeof REPORT_SECTIONS;
export type ReportSections = Record<ReportSection, boolean>;
export const ALL_SECTIONS: ReportSections = { charts: true, irls: true, medications: true, experiments: true, links: true, nights: true, questions: true };
