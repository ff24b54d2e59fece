import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Log' };

export default async function LogPage() {
  await requireUser();
  return <ComingSoon title="Log">Full forms for episodes, stretches, factors, medications and IRLS scores will live here.</ComingSoon>;
}
