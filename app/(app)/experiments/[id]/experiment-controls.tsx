'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { abandonExperiment, endExperimentEarly, pauseExperimentAction, resumeExperimentAction } from '../actions';

/** Pause or resume, end early, abandon: each asks once more where it cannot be undone. */
export function ExperimentControls({ id, status }: { id: string; status: 'running' | 'paused' }) {
  const router = useRouter();
  const pause = useAction(pauseExperimentAction);
  const resume = useAction(resumeExperimentAction);
  const end = useAction(endExperimentEarly);
  const abandon = useAction(abandonExperiment);
  const message = pause.message ?? resume.message ?? end.message ?? abandon.message;

  const run = async (action: typeof pause, success: string) => {
    if (await action.submit({ id }, success)) router.refresh();
  };

  return (
    <div className="space-y-3">
      <FormMessage message={message?.text} tone={message?.tone} />
      <div className="flex flex-wrap gap-3">
        {status === 'running' ? (
          <Button variant="secondary" disabled={pause.pending} onClick={() => run(pause, 'Paused from tonight. Resume when you are ready; the schedule moves later.')}>
            Pause
          </Button>
        ) : (
          <Button disabled={resume.pending} onClick={() => run(resume, 'Resumed from tonight.')}>
            Resume
          </Button>
        )}
        <ConfirmButton
          label="End early"
          question="End now and keep the result so far (with a caution)?"
          confirmLabel="End early"
          onConfirm={() => run(end, 'Ended. The result so far is kept, with a caution.')}
        />
        <ConfirmButton
          label="Abandon"
          question="Abandon this experiment? No verdict is claimed."
          confirmLabel="Abandon"
          onConfirm={() => run(abandon, 'Abandoned.')}
        />
      </div>
    </div>
  );
}
