'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage } from '@/components/ui/field';
import type { StretchItem } from '@/db/queries/stretches';
import { formatHold } from '@/lib/validation/stretches';
import { archiveStretchAction } from '../actions';
import { StretchForm } from './stretch-form';

export function CatalogItem({ stretch }: { stretch: StretchItem }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function setArchived(archived: boolean) {
    setBusy(true);
    try {
      const result = await archiveStretchAction({ stretchId: stretch.id, archived });
      if (!result.ok) return setError(result.message);
      setError(undefined);
      router.refresh();
    } catch {
      setError('Could not reach Stillnight. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <li aria-label={stretch.name} className="space-y-3 py-4 first:pt-0 last:pb-0">
      <div>
        <h3 className="text-base font-semibold">
          {stretch.name}
          {!stretch.builtin && (
            <span className="ml-2 rounded-full bg-calm-400/20 px-2 py-0.5 text-xs font-medium text-calm-700 dark:text-calm-400">
              Yours
            </span>
          )}
        </h3>
        <p className="text-sm text-night-500 dark:text-night-300">
          Hold {formatHold(stretch.defaultHoldSeconds)}
          {stretch.perSide ? ' on each side' : ''}
        </p>
        {stretch.instructions && <p className="mt-1 text-night-700 dark:text-night-200">{stretch.instructions}</p>}
      </div>
      <FormMessage message={error} />
      {editing ? (
        <div className="space-y-3 rounded-xl bg-night-50 p-4 dark:bg-night-950">
          <StretchForm stretch={stretch} prefix={`edit-${stretch.id}`} onDone={() => setEditing(false)} />
          <Button variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit {stretch.name}
          </Button>
          {stretch.archived ? (
            <Button variant="secondary" disabled={busy} onClick={() => setArchived(false)}>
              Show {stretch.name} again
            </Button>
          ) : (
            <Button variant="ghost" disabled={busy} onClick={() => setArchived(true)}>
              Hide {stretch.name}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
