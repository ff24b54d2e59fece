'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useAction } from '@/components/ui/use-action';
import { inputClass } from '@/components/ui/field';
import { correctAdherence } from '../actions';

const fromLog = (logged: boolean | null) => (logged === null ? 'Not logged' : logged ? 'Yes (from your log)' : 'No (from your log)');

/** Whether a night kept to its condition: read from the log unless the person confirms or corrects it. */
export function AdherenceChoice({
  id,
  nightOf,
  nightLabel,
  logged,
  corrected,
}: {
  id: string;
  nightOf: string;
  nightLabel: string;
  logged: boolean | null;
  corrected: boolean | null;
}) {
  const router = useRouter();
  const [value, setValue] = useState(corrected === null ? 'log' : corrected ? 'yes' : 'no');
  const { pending, message, submit } = useAction(correctAdherence);

  async function change(next: string) {
    const before = value;
    setValue(next);
    const saved = await submit({ id, nightOf, adhered: next === 'log' ? null : next === 'yes' });
    if (saved) router.refresh();
    else setValue(before);
  }

  return (
    <div>
      <select
        aria-label={`Kept to the plan on ${nightLabel}`}
        className={`${inputClass} min-h-11 px-2 text-sm`}
        value={value}
        disabled={pending}
        onChange={(e) => change(e.target.value)}
      >
        <option value="log">{fromLog(logged)}</option>
        <option value="yes">Yes, I kept to it</option>
        <option value="no">No, I did not</option>
      </select>
      {message?.tone === 'error' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {message.text}
        </p>
      )}
    </div>
  );
}
