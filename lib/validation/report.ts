import './zod-config';
import { z } from 'zod';
import { REPORT_SECTIONS, type ReportSection, type ReportSections } from '../report/sections';
import { daysBetween } from '../trends/period';
import { SHARE_DAYS } from '../share/days';
import { calendarDateSchema, clientIdSchema, withoutControlCharacters, CONTROL_CHARACTERS_MESSAGE } from './common';
import { optionalText } from './form-input';

/** The report's default period: the last 90 nights. */
export const DEFAULT_REPORT_NIGHTS = 90;
/** Longer periods are refused: ten years is more than any visit needs. */
export const MAX_REPORT_NIGHTS = 3653;

const sectionKeys = Object.keys(REPORT_SECTIONS) as [ReportSection, ...ReportSection[]];

export const LAST_NIGHT_MESSAGE = 'Choose last night or an earlier night';

/** A report request: its period and the sections to leave out. Its end is checked against the user's last night (`isAfterLastNight`). */
export const reportRequestSchema = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    omit: z.array(z.enum(sectionKeys, { message: 'Unknown section' })).max(sectionKeys.length).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'The first night must be on or before the last night' });
    else if (daysBetween(p.from, p.to) + 1 > MAX_REPORT_NIGHTS) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Choose at most 10 years' });
  });
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const sectionsWithout = (omit: readonly ReportSection[]): ReportSections =>
  Object.fromEntries(sectionKeys.map((k) => [k, !omit.includes(k)])) as ReportSections;

/** The name, date of birth and questions the person wants on their report. */
export const reportProfileSchema = z.object({
  reportName: optionalText(80),
  dateOfBirth: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    calendarDateSchema.refine((d) => d < new Date().toISOString().slice(0, 10), 'Enter a date in the past').nullable(),
  ),
  questions: z
    .string()
    .trim()
    .max(2000, 'Keep your questions under 2000 characters')
    .refine(withoutControlCharacters, CONTROL_CHARACTERS_MESSAGE)
    .default(''),
});
export type ReportProfileInput = z.input<typeof reportProfileSchema>;

/** A new share link: the report's period and how many days it stays open. */
export const createShareLinkSchema = z
  .object({
    id: clientIdSchema,
    from: calendarDateSchema,
    to: calendarDateSchema,
    days: z.coerce
      .number({ message: 'Choose from 1 to 30 days' })
      .int('Choose from 1 to 30 days')
      .min(SHARE_DAYS.min, 'Choose from 1 to 30 days')
      .max(SHARE_DAYS.max, 'Choose from 1 to 30 days'),
  })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'The first night must be on or before the last night' });
    else if (daysBetween(p.from, p.to) + 1 > MAX_REPORT_NIGHTS) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Choose at most 10 years' });
  });
