'use client';

import { ChipGroup } from '@/components/ui/chip-group';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  RELIEF_LABELS,
  RELIEFS,
  SENSATION_LABELS,
  SENSATIONS,
} from '@/lib/episodes/vocabulary';

export type EpisodeDetailsValue = { bodyAreas: string[]; sensations: string[]; reliefs: string[] };

export function EpisodeDetailsFields({
  value,
  onChange,
  errors,
}: {
  value: EpisodeDetailsValue;
  onChange: (next: EpisodeDetailsValue) => void;
  errors: Record<string, string>;
}) {
  const errorOf = (field: string) =>
    errors[field] ?? Object.entries(errors).find(([k]) => k.startsWith(`${field}.`))?.[1];
  return (
    <div className="space-y-4">
      <ChipGroup
        legend="Where"
        options={BODY_AREAS}
        labels={BODY_AREA_LABELS}
        value={value.bodyAreas}
        onChange={(bodyAreas) => onChange({ ...value, bodyAreas })}
        error={errorOf('bodyAreas')}
      />
      <ChipGroup
        legend="What it felt like"
        options={SENSATIONS}
        labels={SENSATION_LABELS}
        value={value.sensations}
        onChange={(sensations) => onChange({ ...value, sensations })}
        error={errorOf('sensations')}
      />
      <ChipGroup
        legend="What helped"
        options={RELIEFS}
        labels={RELIEF_LABELS}
        value={value.reliefs}
        onChange={(reliefs) => onChange({ ...value, reliefs })}
        error={errorOf('reliefs')}
      />
    </div>
  );
}
