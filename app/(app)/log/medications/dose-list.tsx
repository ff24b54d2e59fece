'use client';

import { useRouter } from 'next/navigation';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { removeDose } from './actions';

export type DoseView = { id: string; medicationName: string; dose: string; takenAtLabel: string; nightLabel: string };

export function RecentDoses({ doses }: { doses: DoseView[] }) {
  const router = useRouter();
  const remove = useAction(removeDose);
  if (doses.length === 0) return <p className="text-night-600 dark:text-night-300">No doses logged yet.</p>;
  return (
    <div className="space-y-3">
      <FormMessage message={remove.message?.text} tone={remove.message?.tone} />
      <ul className="divide-y divide-night-100 dark:divide-night-800" aria-label="Recent doses">
        {doses.map((d) => (
          <li key={d.id} aria-label={`${d.medicationName}, ${d.takenAtLabel}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div>
              <p className="font-medium">
                {d.medicationName}
                {d.dose && <span className="font-normal"> · {d.dose}</span>}
              </p>
              <p className="text-sm text-night-600 dark:text-night-300">
                {d.takenAtLabel} · night of {d.nightLabel}
              </p>
            </div>
            <ConfirmButton
              label="Delete"
              question={`Delete this dose of ${d.medicationName}?`}
              confirmLabel="Yes, delete"
              onConfirm={async () => {
                if (await remove.submit({ id: d.id })) router.refresh();
              }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
