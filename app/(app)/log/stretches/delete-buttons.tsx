'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/field';
import { deleteRoutineAction, deleteStretchSessionAction } from './actions';

function useDelete(run: () => Promise<{ ok: boolean; message?: string }>) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  async function onConfirm() {
    try {
      const result = await run();
      if (!result.ok) return setError(result.message);
      setError(undefined);
      router.refresh();
    } catch {
      setError('Could not reach Stillnight. Check your connection and try again.');
    }
  }
  return { error, onConfirm };
}

export function DeleteRoutineButton({ routineId, name }: { routineId: string; name: string }) {
  const { error, onConfirm } = useDelete(() => deleteRoutineAction({ routineId }));
  return (
    <div className="space-y-2">
      <ConfirmButton
        label={`Delete ${name}`}
        question={`Delete the routine “${name}”? Sessions already logged stay.`}
        confirmLabel="Yes, delete routine"
        onConfirm={onConfirm}
      />
      <FormMessage message={error} />
    </div>
  );
}

export function DeleteSessionButton({ sessionId, what }: { sessionId: string; what: string }) {
  const { error, onConfirm } = useDelete(() => deleteStretchSessionAction({ sessionId }));
  return (
    <div className="space-y-2">
      <ConfirmButton
        label="Delete"
        question={`Delete this ${what} session?`}
        confirmLabel="Yes, delete"
        onConfirm={onConfirm}
      />
      <FormMessage message={error} />
    </div>
  );
}
