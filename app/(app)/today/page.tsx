import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Today' };

export default async function TodayPage() {
  const user = await requireUser();
  return (
    <ComingSoon title={`Hello, ${user.displayName}`}>
      One-tap logging of tonight&apos;s episodes, a symptom-free check-in and your stretches will appear here.
    </ComingSoon>
  );
}
