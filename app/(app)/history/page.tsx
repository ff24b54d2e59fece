import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'History' };

export default async function HistoryPage() {
  await requireUser();
  return <ComingSoon title="History">A calendar of your nights, each marked symptom-free, with episodes, or unknown.</ComingSoon>;
}
