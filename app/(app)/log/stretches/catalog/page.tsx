import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { listStretches } from '@/db/queries/stretches';
import { requireUser } from '@/lib/auth/current-user';
import { STRETCH_SAFETY_NOTE } from '@/lib/stretches/catalog';
import { CatalogItem } from './catalog-item';
import { StretchForm } from './stretch-form';

export const metadata: Metadata = { title: 'Stretch catalog' };

export default async function CatalogPage() {
  const user = await requireUser();
  const all = await listStretches({ userId: user.id });
  const shown = all.filter((s) => !s.archived);
  const hidden = all.filter((s) => s.archived);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Stretch catalog</h1>
        <Link href="/log/stretches" className={buttonClass('ghost')}>
          Back to stretches
        </Link>
      </div>
      <p
        role="note"
        className="rounded-xl bg-amber-50 px-4 py-3 text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900"
      >
        {STRETCH_SAFETY_NOTE}
      </p>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">Your stretches</h2>
        {shown.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">Every stretch is hidden. Show one again below, or add your own.</p>
        ) : (
          <ul aria-label="Your stretches" className="divide-y divide-night-100 dark:divide-night-800">
            {shown.map((s) => (
              <CatalogItem key={s.id} stretch={s} />
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">Add your own stretch</h2>
        <StretchForm />
      </Card>

      {hidden.length > 0 && (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Hidden stretches</h2>
          <p className="mb-4 text-sm text-night-600 dark:text-night-300">
            Hidden stretches stay in your routines and past sessions; they are just not offered when you log.
          </p>
          <ul aria-label="Hidden stretches" className="divide-y divide-night-100 dark:divide-night-800">
            {hidden.map((s) => (
              <CatalogItem key={s.id} stretch={s} />
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
