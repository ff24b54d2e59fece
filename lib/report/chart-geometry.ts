import type { Report } from './model';

/**
 * The report's two charts as plain shapes in a width × height box, drawn the same by the web page
 * (SVG) and the PDF (react-pdf's Svg): weekly nights with episodes as bars with mean worst severity
 * as a line, and each night's first onset as a dot.
 */
export type Box = { width: number; height: number };
export type Bar = { x: number; y: number; width: number; height: number };
export type Dot = { x: number; y: number };
export type Tick = { at: number; label: string };
export type Plot = { x: number; y: number; width: number; height: number };

const PAD = { left: 22, right: 22, top: 6, bottom: 14 };

export function weeklyChart(report: Pick<Report, 'weeks'>, box: Box) {
  const plotW = box.width - PAD.left - PAD.right;
  const plotH = box.height - PAD.top - PAD.bottom;
  const n = Math.max(1, report.weeks.length);
  const step = plotW / n;
  const bars: Bar[] = report.weeks.map((w, i) => {
    const h = (w.episodeNights / 7) * plotH;
    return { x: PAD.left + i * step + step * 0.15, y: PAD.top + plotH - h, width: step * 0.7, height: h };
  });
  const line: Dot[] = report.weeks.flatMap((w, i) =>
    w.meanWorst === null ? [] : [{ x: PAD.left + i * step + step / 2, y: PAD.top + plotH - (w.meanWorst / 10) * plotH }],
  );
  const left: Tick[] = [0, 7].map((v) => ({ at: PAD.top + plotH - (v / 7) * plotH, label: String(v) }));
  const right: Tick[] = [0, 5, 10].map((v) => ({ at: PAD.top + plotH - (v / 10) * plotH, label: String(v) }));
  const plot = { x: PAD.left, y: PAD.top, width: plotW, height: plotH };
  return { bars, line, left, right, plot, linePath: line.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') };
}

/** Onset from 12:00 (top) to the next 12:00 (bottom), minutes after noon; one dot per night. */
export function onsetChart(report: Pick<Report, 'onsets' | 'period'>, box: Box) {
  const plotW = box.width - PAD.left - 6;
  const plotH = box.height - PAD.top - PAD.bottom;
  const start = Date.parse(`${report.period.from}T00:00:00Z`);
  const span = Math.max(1, report.period.nights - 1) * 86_400_000;
  const dots: Dot[] = report.onsets.map((o) => ({
    x: PAD.left + ((Date.parse(`${o.nightOf}T00:00:00Z`) - start) / span) * plotW,
    y: PAD.top + (o.minutes / (24 * 60)) * plotH,
  }));
  const ticks: Tick[] = [
    { minutes: 6 * 60, label: '18:00' },
    { minutes: 12 * 60, label: '00:00' },
    { minutes: 18 * 60, label: '06:00' },
  ].map((t) => ({ at: PAD.top + (t.minutes / (24 * 60)) * plotH, label: t.label }));
  return { dots, ticks, plot: { x: PAD.left, y: PAD.top, width: plotW, height: plotH } };
}

/** IRLS totals over time, 0 (bottom) to 40: a line through every score, a dot on each change of 5 or more points. */
export function irlsChart(scores: readonly { scoredOn: string; total: number; notable: boolean }[], box: Box) {
  const plotW = box.width - PAD.left - 6;
  const plotH = box.height - PAD.top - PAD.bottom;
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const start = scores.length ? day(scores[0]!.scoredOn) : 0;
  const span = Math.max(1, (scores.length ? day(scores.at(-1)!.scoredOn) : 0) - start);
  const point = (s: { scoredOn: string; total: number }): Dot => ({
    x: PAD.left + ((day(s.scoredOn) - start) / span) * plotW,
    y: PAD.top + plotH - (s.total / 40) * plotH,
  });
  const points = scores.map(point);
  const ticks: Tick[] = [0, 10, 20, 30, 40].map((v) => ({ at: PAD.top + plotH - (v / 40) * plotH, label: String(v) }));
  return {
    linePath: points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
    notable: scores.filter((s) => s.notable).map(point),
    ticks,
    plot: { x: PAD.left, y: PAD.top, width: plotW, height: plotH },
  };
}

const fixed = (n: number) => n.toFixed(1);

/**
 * All bars as one path, and below all dots as one path: a five-year chart has hundreds of each, and
 * one shape instead of hundreds keeps the PDF's layout (and the server's memory) small.
 */
export function barsPath(bars: Bar[]): string {
  return bars
    .filter((b) => b.height > 0)
    .map((b) => `M${fixed(b.x)},${fixed(b.y)}h${fixed(b.width)}v${fixed(b.height)}h${fixed(-b.width)}Z`)
    .join('');
}

/** Each dot a circle of radius r, drawn as two half-circle arcs. */
export function dotsPath(dots: Dot[], r: number): string {
  return dots.map((d) => `M${fixed(d.x - r)},${fixed(d.y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`).join('');
}
