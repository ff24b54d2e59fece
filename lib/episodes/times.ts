export const MAX_EPISODE_MS = 24 * 60 * 60 * 1000;
/** Clock drift allowed between a phone and the server before a time counts as "in the future". */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export type EpisodeTimeErrors = { startedAt?: string; endedAt?: string };

/** The rules every episode's times obey, checked on instants (so DST nights are measured truly). */
export function checkEpisodeTimes(startedAt: Date, endedAt: Date | null, now: Date): EpisodeTimeErrors {
  const errors: EpisodeTimeErrors = {};
  if (startedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    errors.startedAt = 'The start cannot be in the future';
  }
  if (endedAt) {
    if (endedAt.getTime() <= startedAt.getTime()) errors.endedAt = 'The end must be after the start';
    else if (endedAt.getTime() - startedAt.getTime() > MAX_EPISODE_MS) {
      errors.endedAt = 'An episode can last at most 24 hours; log a longer stretch as several episodes';
    } else if (endedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
      errors.endedAt = 'The end cannot be in the future';
    }
  }
  return errors;
}
