'use client';

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisProps, usePalette } from '@/components/chart-theme';

export type ChartNight = { night: string; label: string; arm: 'A' | 'B'; severity: number | null; counted: boolean };

/** Nightly worst severity, coloured by condition; nights left out of the comparison in grey. Decorative: the table below has the same. */
export function ExperimentChart({ nights, labelA, labelB }: { nights: ChartNight[]; labelA: string; labelB: string }) {
  const palette = usePalette();
  // Unknown nights have no bar; a symptom-free night is a 0.
  const data = nights.map((n) => ({ ...n, value: n.severity }));
  return (
    <figure aria-hidden="true" className="space-y-2">
      <div className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
            <CartesianGrid stroke={palette.grid} vertical={false} />
            <XAxis dataKey="label" {...axisProps(palette)} interval="preserveStartEnd" minTickGap={24} />
            <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} {...axisProps(palette)} />
            <Bar dataKey="value" isAnimationActive={false}>
              {data.map((n) => (
                <Cell key={n.night} fill={!n.counted ? palette.excluded : n.arm === 'A' ? palette.armA : palette.armB} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="flex flex-wrap gap-4 text-sm">
        <span><span className="mr-1 inline-block size-3 rounded-sm" style={{ background: palette.armA }} />A: {labelA}</span>
        <span><span className="mr-1 inline-block size-3 rounded-sm" style={{ background: palette.armB }} />B: {labelB}</span>
        <span><span className="mr-1 inline-block size-3 rounded-sm" style={{ background: palette.excluded }} />Not counted</span>
      </figcaption>
    </figure>
  );
}
