import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { listIrlsScores } from '@/db/queries/irls';
import { requireUser } from '@/lib/auth/current-user';
import { IRLS_BANDS, IRLS_SOURCE } from '@/lib/irls/band';
import { localDateOf } from '@/lib/nights';
import { IrlsForm } from './irls-form';
import { IrlsList } from './irls-list';

export const metadata: Metadata = { title: 'IRLS score' };

export default async function IrlsPage() {
  const user = await requireUser();
  const today = localDateOf(new Date(), user.timeZone);
  const scores = await listIrlsScores({ userId: user.id });

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/log" className="text-sm font-medium text-calm-700 hover:underline dark:text-calm-400">
          ← Log
        </Link>
        <h1 className="text-2xl font-bold">IRLS score</h1>
        <p className="text-night-600 dark:text-night-300">{IRLS_SOURCE}</p>
      </div>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Record a total</h2>
        <IrlsForm today={today} />
        <p className="mt-4 text-sm text-night-600 dark:text-night-300">
          Bands: {IRLS_BANDS.map((b) => `${b.label.toLowerCase()} ${b.min === b.max ? b.min : `${b.min}–${b.max}`}`).join(' · ')}
        </p>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Past scores</h2>
        <IrlsList scores={scores.map((s) => ({ id: s.id, scoredOn: s.scoredOn, total: s.total }))} />
      </Card>
    </div>
  );
}
