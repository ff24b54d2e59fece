/** The IRLS severity bands for a total of 0–40. */
export const IRLS_BANDS = [
  { key: 'none', label: 'None', min: 0, max: 0 },
  { key: 'mild', label: 'Mild', min: 1, max: 10 },
  { key: 'moderate', label: 'Moderate', min: 11, max: 20 },
  { key: 'severe', label: 'Severe', min: 21, max: 30 },
  { key: 'very_severe', label: 'Very severe', min: 31, max: 40 },
] as const;

export type IrlsBand = (typeof IRLS_BANDS)[number];
export type IrlsBandKey = IrlsBand['key'];

export const IRLS_MAX = 40;

export function irlsBand(total: number): IrlsBand {
  if (!Number.isInteger(total) || total < 0 || total > IRLS_MAX) {
    throw new RangeError(`An IRLS total is a whole number from 0 to 40, got ${total}`);
  }
  return IRLS_BANDS.find((b) => total <= b.max)!;
}

/** Where the number comes from; the questionnaire itself is licensed and not reproduced. */
export const IRLS_SOURCE =
  'The International RLS Study Group Rating Scale (IRLS) total, 0–40, from the questionnaire your doctor uses.';
