'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { saveFactors } from '@/app/(app)/log/factors/actions';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { CustomFactorSummary, DailyFactorsValues, FactorsFormData } from '@/lib/factors/form-data';
import { formatNight } from '@/lib/nights';
import { EXERCISE_INTENSITIES, EXERCISE_TIMES } from '@/lib/factors/vocabulary';

const LABELS: Record<keyof DailyFactorsValues, string> = {
  caffeineServings: 'Caffeine (servings)',
  lastCaffeineAt: 'Last caffeine at',
  alcoholDrinks: 'Alcohol (drinks)',
  exerciseMinutes: 'Exercise (minutes)',
  exerciseIntensity: 'Exercise intensity',
  exerciseTimeOfDay: 'Exercise time of day',
  stress: 'Stress (0–10)',
  ironSupplement: 'Iron supplement taken',
};

const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const text = (v: number | string | null) => (v === null ? '' : String(v));
const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');

/**
 * The daily factors form for one day: built-in factors and the user's own, saved together.
 * `compact` shows the few factors worth a tap every day and keeps the others as saved.
 */
export function DailyFactorsForm({ data, compact = false }: { data: FactorsFormData; compact?: boolean }) {
  const router = useRouter();
  const { pending, errors, message, submit } = useAction(saveFactors);
  const { values, suggestion } = data;
  const suggested = new Set<string>(suggestion?.fields ?? []);
  const idPrefix = compact ? 'today-' : '';
  const fieldName = (key: string) => `${idPrefix}${key}`;
  const hintFor = (key: keyof DailyFactorsValues) =>
    suggested.has(key) ? `Suggested from ${formatNight(suggestion!.fromDay)}` : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (key: keyof DailyFactorsValues, fallback: string) =>
      form.has(fieldName(key)) ? String(form.get(fieldName(key))) : fallback;
    const custom: Record<string, string> = {};
    for (const f of data.customFactors) custom[f.id] = String(form.get(fieldName(`custom.${f.id}`)) ?? '');
    const saved = await submit(
      {
        day: data.day,
        caffeineServings: read('caffeineServings', text(values.caffeineServings)),
        lastCaffeineAt: read('lastCaffeineAt', text(values.lastCaffeineAt)),
        alcoholDrinks: read('alcoholDrinks', text(values.alcoholDrinks)),
        exerciseMinutes: read('exerciseMinutes', text(values.exerciseMinutes)),
        exerciseIntensity: read('exerciseIntensity', text(values.exerciseIntensity)),
        exerciseTimeOfDay: read('exerciseTimeOfDay', text(values.exerciseTimeOfDay)),
        stress: read('stress', text(values.stress)),
        ironSupplement: read('ironSupplement', yesNo(values.ironSupplement)),
        custom,
      },
      `Factors saved for ${formatNight(data.day)}.`,
    );
    if (saved) router.refresh();
  }

  const numberField = (key: keyof DailyFactorsValues, inputMode: 'numeric' | 'decimal' = 'numeric') => (
    <TextInput
      label={LABELS[key]}
      name={fieldName(key)}
      inputMode={inputMode}
      autoComplete="off"
      defaultValue={text(values[key] as number | null)}
      error={errors[key]}
      hint={hintFor(key)}
    />
  );

  return (
    <form key={data.day} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={message?.text} tone={message?.tone} />
      {suggestion && !data.saved && (
        <p
          role="note"
          className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900"
        >
          Suggested from your habits on {formatNight(suggestion.fromDay)} — not saved yet. Check the values and save.
        </p>
      )}
      <p className="text-sm text-night-600 dark:text-night-300">
        Leave a field empty if you did not note it; 0 means none.
      </p>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        {numberField('caffeineServings')}
        <TextInput
          label={LABELS.lastCaffeineAt}
          name={fieldName('lastCaffeineAt')}
          type="time"
          defaultValue={text(values.lastCaffeineAt)}
          error={errors.lastCaffeineAt}
          hint={hintFor('lastCaffeineAt')}
        />
        {numberField('alcoholDrinks')}
        {numberField('exerciseMinutes')}
        {!compact && (
          <>
            <SelectInput
              label={LABELS.exerciseIntensity}
              name={fieldName('exerciseIntensity')}
              defaultValue={text(values.exerciseIntensity)}
              error={errors.exerciseIntensity}
            >
              <option value="">Not recorded</option>
              {EXERCISE_INTENSITIES.map((v) => (
                <option key={v} value={v}>
                  {capitalize(v)}
                </option>
              ))}
            </SelectInput>
            <SelectInput
              label={LABELS.exerciseTimeOfDay}
              name={fieldName('exerciseTimeOfDay')}
              defaultValue={text(values.exerciseTimeOfDay)}
              error={errors.exerciseTimeOfDay}
            >
              <option value="">Not recorded</option>
              {EXERCISE_TIMES.map((v) => (
                <option key={v} value={v}>
                  {capitalize(v)}
                </option>
              ))}
            </SelectInput>
          </>
        )}
        {numberField('stress')}
        <SelectInput
          label={LABELS.ironSupplement}
          name={fieldName('ironSupplement')}
          defaultValue={yesNo(values.ironSupplement)}
          error={errors.ironSupplement}
          hint={hintFor('ironSupplement')}
        >
          <option value="">Not recorded</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </SelectInput>
      </div>
      {data.customFactors.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="mb-2 text-base font-semibold">Your own factors</legend>
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
            {data.customFactors.map((f) => (
              <CustomFactorField
                key={f.id}
                factor={f}
                name={fieldName(`custom.${f.id}`)}
                value={data.customValues[f.id]}
                error={errors[`custom.${f.id}`]}
              />
            ))}
          </div>
        </fieldset>
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? 'Saving…' : 'Save factors'}
      </Button>
    </form>
  );
}

function CustomFactorField({
  factor,
  name,
  value,
  error,
}: {
  factor: CustomFactorSummary;
  name: string;
  value: number | undefined;
  error?: string;
}) {
  if (factor.kind === 'boolean') {
    return (
      <SelectInput label={factor.name} name={name} defaultValue={value === undefined ? '' : String(value)} error={error}>
        <option value="">Not recorded</option>
        <option value="1">Yes</option>
        <option value="0">No</option>
      </SelectInput>
    );
  }
  const label = factor.kind === 'scale' ? `${factor.name} (0–10)` : factor.unit ? `${factor.name} (${factor.unit})` : factor.name;
  return (
    <TextInput
      label={label}
      name={name}
      inputMode={factor.kind === 'scale' ? 'numeric' : 'decimal'}
      autoComplete="off"
      defaultValue={value === undefined ? '' : String(value)}
      error={error}
    />
  );
}
