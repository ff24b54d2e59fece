'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormMessage, SelectInput, TextInput } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import type { CustomFactorSummary } from '@/lib/factors/form-data';
import { CUSTOM_FACTOR_KINDS, CUSTOM_FACTOR_KIND_LABELS, type CustomFactorKind } from '@/lib/validation/factors';
import { createCustomFactor, setCustomFactorArchived } from './actions';

type Factor = CustomFactorSummary & { archived: boolean };

const describe = (f: Factor) => CUSTOM_FACTOR_KIND_LABELS[f.kind] + (f.kind === 'number' && f.unit ? ` · ${f.unit}` : '');

/** The user's own factors: add one, archive one (its history stays), restore it. */
export function CustomFactors({ factors }: { factors: Factor[] }) {
  const router = useRouter();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<CustomFactorKind>('boolean');
  const create = useAction(createCustomFactor);
  const archive = useAction(setCustomFactorArchived);
  const active = factors.filter((f) => !f.archived);
  const archived = factors.filter((f) => f.archived);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const created = await create.submit(
      { id, name: String(form.get('factorName') ?? ''), kind, unit: String(form.get('factorUnit') ?? '') },
      'Factor added. It is now in the daily form.',
    );
    if (!created) return;
    formElement.reset();
    setKind('boolean');
    setId(crypto.randomUUID());
    router.refresh();
  }

  async function toggle(factor: Factor) {
    const done = await archive.submit(
      { id: factor.id, archived: !factor.archived },
      factor.archived ? `${factor.name} is back in the daily form.` : `${factor.name} archived; its history is kept.`,
    );
    if (done) router.refresh();
  }

  return (
    <div className="space-y-5">
      <FormMessage message={archive.message?.text} tone={archive.message?.tone} />
      {active.length === 0 ? (
        <p className="text-night-600 dark:text-night-300">
          No factors of your own yet. Add anything you suspect, e.g. “Magnesium” (yes/no), “Screen time” (hours) or
          “Leg warmth” (0–10).
        </p>
      ) : (
        <ul className="divide-y divide-night-100 dark:divide-night-800" aria-label="Your factors">
          {active.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <span className="font-medium">{f.name}</span>{' '}
                <span className="text-sm text-night-600 dark:text-night-300">{describe(f)}</span>
              </span>
              <Button variant="secondary" disabled={archive.pending} onClick={() => toggle(f)} aria-label={`Archive ${f.name}`}>
                Archive
              </Button>
            </li>
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <details className="rounded-xl ring-1 ring-night-100 dark:ring-night-800">
          <summary className="flex min-h-12 cursor-pointer items-center px-4 font-medium">
            Archived ({archived.length})
          </summary>
          <ul className="divide-y divide-night-100 px-4 dark:divide-night-800">
            {archived.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span className="text-night-600 dark:text-night-300">
                  {f.name} · {describe(f)}
                </span>
                <Button variant="ghost" disabled={archive.pending} onClick={() => toggle(f)} aria-label={`Restore ${f.name}`}>
                  Restore
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Add a factor">
        <h3 className="text-base font-semibold">Add a factor</h3>
        <FormMessage message={create.message?.text} tone={create.message?.tone} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextInput label="Factor name" name="factorName" maxLength={60} autoComplete="off" error={create.errors.name} />
          <SelectInput
            label="Kind"
            name="factorKind"
            value={kind}
            onChange={(e) => setKind(e.target.value as CustomFactorKind)}
            error={create.errors.kind}
          >
            {CUSTOM_FACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {CUSTOM_FACTOR_KIND_LABELS[k]}
              </option>
            ))}
          </SelectInput>
          {kind === 'number' && (
            <TextInput
              label="Unit (optional)"
              name="factorUnit"
              maxLength={20}
              autoComplete="off"
              placeholder="e.g. hours, mg"
              error={create.errors.unit}
            />
          )}
        </div>
        <Button type="submit" variant="secondary" disabled={create.pending}>
          {create.pending ? 'Adding…' : 'Add factor'}
        </Button>
      </form>
    </div>
  );
}
