import clsx from 'clsx';
import { resultSentence, verdictTone, type ExperimentResult, type Verdict } from '@/lib/experiments';
import type { Condition, ConditionNames } from '@/lib/experiments';

const toneClass = {
  good: 'bg-calm-400/15 text-calm-700 dark:text-calm-400',
  bad: 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200',
  neutral: 'bg-night-100 text-night-800 dark:bg-night-800 dark:text-night-100',
};

/** The verdict as a label and the result in one plain sentence. */
export function ExperimentVerdict({
  verdict,
  result,
  conditionA,
  names,
  abandoned = false,
}: {
  verdict: Verdict;
  result: ExperimentResult;
  conditionA: Condition;
  names: ConditionNames;
  abandoned?: boolean;
}) {
  if (abandoned) {
    return (
      <p>
        <span className="text-sm font-medium text-night-600 dark:text-night-300">Abandoned: </span>
        <span className={clsx('rounded-lg px-2 py-1 font-semibold', toneClass.neutral)}>no verdict is claimed</span>
      </p>
    );
  }
  const phase = result.phase === 'interim' ? 'So far (not final)' : result.endedEarly ? 'Ended early' : 'Final';
  return (
    <div className="space-y-2">
      <p>
        <span className="text-sm font-medium text-night-600 dark:text-night-300">{phase}: </span>
        <span className={clsx('rounded-lg px-2 py-1 font-semibold', toneClass[verdictTone(verdict)])}>{capitalize(verdict)}</span>
      </p>
      <p className="text-night-700 dark:text-night-200">{resultSentence(result, { conditionA, names })}</p>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
