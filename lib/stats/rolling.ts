/**
 * For each i, the mean of the known (non-null) values among the last `window` entries,
 * i inclusive; null when fewer than max(1, minCount) of them are known.
 */
export function rollingMean(
  values: readonly (number | null)[],
  window: number,
  minCount: number,
): (number | null)[] {
  const width = Math.max(1, Math.floor(window));
  const required = Math.max(1, minCount);
  // Summing each window afresh (rather than a running sum) avoids drift on long series.
  return values.map((_, i) => {
    let sum = 0;
    let known = 0;
    for (let j = Math.max(0, i - width + 1); j <= i; j++) {
      const value = values[j];
      if (value !== null && value !== undefined) {
        sum += value;
        known++;
      }
    }
    return known >= required ? sum / known : null;
  });
}
