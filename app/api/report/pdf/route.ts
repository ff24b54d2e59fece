import { headers } from 'next/headers';
import { loadReport } from '@/db/queries/report';
import { userRoute } from '@/lib/auth/route';
import { lastNightOf, localDateOf } from '@/lib/nights';
import { renderReportPdf } from '@/lib/report/pdf';
import { paperSizeFor } from '@/lib/report/wording';
import { resolvePeriod, weekStartFromAcceptLanguage } from '@/lib/trends';
import { LAST_NIGHT_MESSAGE, reportRequestSchema, sectionsWithout } from '@/lib/validation/report';
import { ActionError } from '@/lib/errors';

export const runtime = 'nodejs';

/**
 * The signed-in user's report as a PDF. POST, so the period and sections travel in the body and
 * nothing of the report is in a URL; A4 or Letter by the browser's language.
 */
export const POST = userRoute({ input: reportRequestSchema }, async ({ input, user }) => {
  const lastNight = lastNightOf(new Date(), user.timeZone);
  if (input.to > lastNight) throw new ActionError('Please check the highlighted fields.', { to: [LAST_NIGHT_MESSAGE] });
  const language = (await headers()).get('accept-language');
  const period = resolvePeriod({ key: 'custom', from: input.from, to: input.to }, { lastNight, firstNight: null });
  const report = await loadReport({
    userId: user.id,
    displayName: user.displayName,
    timeZone: user.timeZone,
    period,
    sections: sectionsWithout(input.omit),
    weekStartsOn: weekStartFromAcceptLanguage(language),
    today: localDateOf(new Date(), user.timeZone),
  });
  const pdf = await renderReportPdf(report, paperSizeFor(language));
  return new Response(new Uint8Array(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="stillnight-report-${input.from}-to-${input.to}.pdf"` },
  });
});
