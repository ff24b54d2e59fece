import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { openShareLink } from '@/db/queries/share-links';
import { ReportView } from '@/components/report/report-view';
import { loadSharedReport } from '@/lib/report/shared';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Shared report', robots: { index: false, follow: false } };

/**
 * A clinician's read-only view of one report: nothing else of the owner's, no way into the app. An
 * expired, revoked or wrong token is answered by the same "not available" page.
 */
export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const share = await openShareLink({ token });
  if (!share) notFound();
  const report = await loadSharedReport(share);
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-6 print:max-w-none print:p-0">
      <h1 className="text-lg font-semibold print:hidden">A report shared with you</h1>
      <p className="text-sm text-night-600 print:hidden dark:text-night-300">
        From Stillnight, read-only. The person can withdraw this link at any time.{' '}
        <a href={`/share/${token}/pdf`} className="font-medium text-calm-700 underline dark:text-calm-400" download>
          Download the PDF
        </a>
      </p>
      <div className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-night-100 print:p-0 print:shadow-none print:ring-0 dark:bg-night-900 dark:ring-night-800">
        <ReportView report={report} />
      </div>
    </main>
  );
}
