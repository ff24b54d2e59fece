import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Report' };

export default async function ReportPage() {
  await requireUser();
  return <ComingSoon title="Report">A two-page report for your doctor, with a PDF and a share link.</ComingSoon>;
}
