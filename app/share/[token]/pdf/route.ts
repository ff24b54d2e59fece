import { z } from 'zod';
import { openShareLink } from '@/db/queries/share-links';
import { publicRoute, RouteError } from '@/lib/auth/route';
import { renderReportPdf } from '@/lib/report/pdf';
import { loadSharedReport } from '@/lib/report/shared';
import { paperSizeFor } from '@/lib/report/wording';

export const runtime = 'nodejs';

/** The PDF of a live share link's report; a dead or wrong token gets the same 404 as the page. */
export const GET = publicRoute(
  { input: z.object({}), params: z.object({ token: z.string() }) },
  async ({ params, request }) => {
    const share = await openShareLink({ token: params.token });
    if (!share) throw new RouteError(404, 'This report is not available.');
    const report = await loadSharedReport(share);
    const pdf = await renderReportPdf(report, paperSizeFor(request.headers.get('accept-language')));
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="stillnight-report-${share.period.from}-to-${share.period.to}.pdf"`,
        'X-Robots-Tag': 'noindex, nofollow',
      },
    });
  },
);
