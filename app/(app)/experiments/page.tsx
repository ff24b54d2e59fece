import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Experiments' };

export default async function ExperimentsPage() {
  await requireUser();
  return <ComingSoon title="Experiments">Fair self-experiments, such as whether a bedtime routine helps you.</ComingSoon>;
}
