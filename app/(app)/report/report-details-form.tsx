'use client';

import clsx from 'clsx';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { describedBy, Field, FormMessage, inputClass, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { saveReportDetails } from './actions';

type Details = { reportName: string; dateOfBirth: string; questions: string };

/** What the report says about its owner, and their questions for the visit (kept with the account). */
export function ReportDetailsForm({ initial, displayName }: { initial: Details; displayName: string }) {
  const router = useRouter();
  const { pending, errors, message, submit } = useAction(saveReportDetails);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const saved = await submit(
      {
        reportName: String(form.get('reportName') ?? ''),
        dateOfBirth: String(form.get('dateOfBirth') ?? ''),
        questions: String(form.get('questions') ?? ''),
      },
      'Saved. The report below shows it.',
    );
    if (saved) router.refresh();
  }

  const questionsHint = 'Shown at the end of the report, e.g. “Should my iron be checked again?”';
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Your details on the report" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput label="Name on the report" name="reportName" defaultValue={initial.reportName} placeholder={displayName} error={errors.reportName} hint={`Empty: “${displayName}”`} />
        <TextInput label="Date of birth (optional)" name="dateOfBirth" type="date" defaultValue={initial.dateOfBirth} error={errors.dateOfBirth} />
      </div>
      <Field label="My questions for the doctor" name="questions" error={errors.questions} hint={questionsHint}>
        <textarea
          id="questions"
          name="questions"
          rows={3}
          defaultValue={initial.questions}
          aria-invalid={errors.questions ? true : undefined}
          aria-describedby={describedBy('questions', errors.questions, questionsHint)}
          className={clsx(inputClass, 'py-3')}
        />
      </Field>
      <FormMessage message={message?.text} tone={message?.tone} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save details'}
      </Button>
    </form>
  );
}
