/** Benjamini–Hochberg adjusted p-values (false discovery rate), in input order. */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const byDescendingP = p.map((value, index) => ({ value, index })).sort((x, y) => y.value - x.value);
  const adjusted = new Array<number>(m);
  let runningMin = 1;
  byDescendingP.forEach(({ value, index }, position) => {
    const rank = m - position;
    runningMin = Math.min(runningMin, (value * m) / rank);
    adjusted[index] = runningMin;
  });
  return adjusted;
}
