'use client';

import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { irlsBand } from '@/lib/irls/band';
import { formatNight } from '@/lib/nights';
import { removeIrlsScore } from './actions';

export function IrlsList({ scores }: { scores: { id: string; scoredOn: string; total: number }[] }) {
  const router = useRouter();
  const remove = useAction(removeIrlsScore);
  if (scores.length === 0) return <p className="text-night-600 dark:text-night-300">No scores recorded yet.</p>;
  return (
    <div className="space-y-3">
      <FormMessage message={remove.message?.text} tone={remove.message?.tone} />
      <ul className="divide-y divide-night-100 dark:divide-night-800" aria-label="Past scores">
        {scores.map((s) => {
          const date = formatNight(s.scoredOn, { year: 'numeric' });
          const band = irlsBand(s.total).label;
          return (
            <li key={s.id} aria-label={`${date}: ${s.total}, ${band}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="flex items-baseline gap-3">
                <span className="w-10 text-right text-2xl font-bold tabular-nums">{s.total}</span>
                <span>
                  <span className="block font-medium">{band}</span>
                  <span className="block text-sm text-night-600 dark:text-night-300">{date}</span>
                </span>
              </div>
              <ConfirmButton
                label="Delete"
                question={`Delete the score of ${date}?`}
                confirmLabel="Yes, delete"
                onConfirm={async () => {
                  if (await remove.submit({ id: s.id })) router.refresh();
                }}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
