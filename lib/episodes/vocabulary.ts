export const BODY_AREAS = ['left_leg', 'right_leg', 'arms', 'trunk'] as const;
export const SENSATIONS = ['urge', 'tingling', 'aching', 'pulling', 'crawling', 'burning', 'other'] as const;
export const RELIEFS = ['walking', 'stretching', 'massage', 'bath', 'medication', 'other'] as const;

export type BodyArea = (typeof BODY_AREAS)[number];
export type Sensation = (typeof SENSATIONS)[number];
export type Relief = (typeof RELIEFS)[number];

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  left_leg: 'Left leg',
  right_leg: 'Right leg',
  arms: 'Arms',
  trunk: 'Trunk',
};

export const SENSATION_LABELS: Record<Sensation, string> = {
  urge: 'Urge to move',
  tingling: 'Tingling',
  aching: 'Aching',
  pulling: 'Pulling',
  crawling: 'Crawling',
  burning: 'Burning',
  other: 'Something else',
};

export const RELIEF_LABELS: Record<Relief, string> = {
  walking: 'Walking',
  stretching: 'Stretching',
  massage: 'Massage',
  bath: 'Bath or shower',
  medication: 'Medication',
  other: 'Something else',
};

/** The anchors shown beside the 0–10 scale. */
export function severityAnchor(severity: number): string {
  if (severity === 0) return 'None';
  if (severity <= 3) return 'Mild';
  if (severity <= 6) return 'Moderate';
  if (severity <= 9) return 'Severe';
  return 'Worst imaginable';
}
