import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Insights' };

export default async function InsightsPage() {
  await requireUser();
  return <ComingSoon title="Insights">Charts of how often and how strongly symptoms come, and which factors go with worse nights.</ComingSoon>;
}
