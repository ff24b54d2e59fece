'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/field';
import type { ActionResult } from '@/lib/auth/action';
import { abandonExperiment, endExperimentEarly, pauseExperimentAction, resumeExperimentAction } from '../actions';

type Control = (input: { id: string }) => Promise<ActionResult<{ id: string }>>;

/** Pause or resume, end early, abandon: each asks once more where it cannot be undone. */
export function ExperimentControls({ id, status }: { id: string; status: 'running' | 'paused' }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  // One message: the last action's, whichever it was.
  const [message, setMessage] = useState<{ text: string; tone: 'error' | 'success' }>();

  const run = async (action: Control, success: string) => {
    setPending(true);
    try {
      const result = await action({ id });
      setMessage(result.ok ? { text: success, tone: 'success' } : { text: result.message, tone: 'error' });
      if (result.ok) router.refresh();
    } catch {
      setMessage({ text: 'Could not reach Stillnight. Check your connection and try again.', tone: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="space-y-3">
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="flex flex-wrap gap-3">
        {status === 'running' ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(pauseExperimentAction, 'Paused from tonight. Resume when you are ready; the schedule moves later.')}>
            Pause
          </Button>
        ) : (
          <Button disabled={pending} onClick={() => run(resumeExperimentAction, 'Resumed from tonight.')}>
            Resume
          </Button>
        )}
        <ConfirmButton
          label="End early"
          question="End now and keep the result so far (with a caution)?"
          confirmLabel="End early"
          onConfirm={() => run(endExperimentEarly, 'Ended. The result so far is kept, with a caution.')}
        />
        <ConfirmButton
          label="Abandon"
          question="Abandon this experiment? No verdict is claimed."
          confirmLabel="Abandon"
          onConfirm={() => run(abandonExperiment, 'Abandoned.')}
        />
      </div>
    </div>
  );
}
