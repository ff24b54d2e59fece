import { describe, expect, it } from 'vitest';
import { createShareLinkSchema, reportProfileSchema, reportRequestSchema, sectionsWithout } from './report';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('report input', () => {
  it('takes a period in order, at most ten years, and known sections to leave out', () => {
    expect(reportRequestSchema.parse({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2026-01-01', to: '2026-03-31', omit: [] });
    expect(messages(reportRequestSchema.safeParse({ from: '2026-04-01', to: '2026-03-31' }))).toEqual({ from: 'The first night must be on or before the last night' });
    expect(messages(reportRequestSchema.safeParse({ from: '2010-01-01', to: '2026-03-31' }))).toEqual({ from: 'Choose at most 10 years' });
    expect(messages(reportRequestSchema.safeParse({ from: '2026-01-01', to: '2026-03-31', omit: ['charts', 'everything'] }))).toEqual({ 'omit.1': 'Unknown section' });
    expect(sectionsWithout(['charts', 'links'])).toMatchObject({ charts: false, links: false, irls: true, questions: true });
  });

  it('keeps the details on the report short, a birth date in the past, no control characters', () => {
    expect(reportProfileSchema.parse({ reportName: '  Ana ', dateOfBirth: '', questions: ' Iron? ' })).toEqual({ reportName: 'Ana', dateOfBirth: null, questions: 'Iron?' });
    expect(messages(reportProfileSchema.safeParse({ reportName: 'x'.repeat(81), dateOfBirth: '2100-01-01', questions: 'a\u0000b' }))).toEqual({
      reportName: 'Use at most 80 characters',
      dateOfBirth: 'Enter a date in the past',
      questions: 'Remove the invisible control characters',
    });
  });

  it('opens a share link for 1 to 30 whole days', () => {
    const base = { id: '3f0c4b1e-2a57-4c39-9d38-0c7b7d6a9e11', from: '2026-01-01', to: '2026-03-31' };
    expect(createShareLinkSchema.parse({ ...base, days: '7' }).days).toBe(7);
    for (const days of [0, 31, 2.5, 'soon']) expect(messages(createShareLinkSchema.safeParse({ ...base, days }))).toEqual({ days: 'Choose from 1 to 30 days' });
  });
});
