'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisInverseDataSnapScale,
  type InverseScaleFunction,
  type TooltipContentProps,
} from 'recharts';
import { axisProps, usePalette, type Palette } from '@/components/chart-theme';
import { formatClock } from '@/lib/trends/format';
import { fixed, nightLabel, shortNightLabel, statusText, type NightRow, type WeekRow } from './chart-rows';

const HEIGHT = 260;
/** Dots on every night only while they stay apart. */
const MAX_DOTTED_NIGHTS = 120;
const MAX_LABELLED_WEEKS = 16;
/** Where the overlay markers sit, above the 0–10 scale. */
const MARK_Y = 10.7;


function TooltipBox({ p, title, lines }: { p: Palette; title: string; lines: string[] }) {
  return (
    <div
      style={{ background: p.tooltipBg, borderColor: p.tooltipBorder, color: p.text }}
      className="rounded-lg border px-3 py-2 text-sm shadow-md"
    >
      <p className="font-semibold">{title}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

type SeverityDatum = NightRow & { mark: number | null };

/** Hands the chart's pixel → night mapping to the click handler outside the chart. */
function InverseScaleProbe({ onChange }: { onChange: (inverse: InverseScaleFunction | undefined) => void }) {
  const inverse = useXAxisInverseDataSnapScale();
  useEffect(() => onChange(inverse), [inverse, onChange]);
  return null;
}

export function SeverityChart({
  rows,
  overlay,
}: {
  rows: NightRow[];
  overlay: { label: string } | null;
}) {
  const p = usePalette();
  const router = useRouter();
  const wrapper = useRef<HTMLDivElement>(null);
  const inverse = useRef<InverseScaleFunction | undefined>(undefined);
  const setInverse = useCallback((f: InverseScaleFunction | undefined) => {
    inverse.current = f;
  }, []);
  const data = useMemo<SeverityDatum[]>(
    () => rows.map((r) => ({ ...r, mark: overlay && r.factor === 1 ? MARK_Y : null })),
    [rows, overlay],
  );
  const dotted = rows.length <= MAX_DOTTED_NIGHTS;
  const content = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as SeverityDatum | undefined;
    if (!active || !row) return null;
    const lines = [statusText(row), `7-night mean ${fixed(row.mean7)}`, `28-night mean ${fixed(row.mean28)}`];
    if (overlay) lines.push(row.factor === null ? 'Factor not recorded' : row.factor ? overlay.label : 'Factor absent or low');
    lines.push('Tap to open this night');
    return <TooltipBox p={p} title={nightLabel(row.night)} lines={lines} />;
  };
  // Reads the night under the pointer itself: recharts' own click state lags a tap that had no hover first.
  const openNight = (event: React.MouseEvent) => {
    const svg = wrapper.current?.querySelector('svg[role="application"]');
    if (!svg || !inverse.current) return;
    const night = inverse.current(event.clientX - svg.getBoundingClientRect().left);
    if (typeof night === 'string') router.push(`/history/${night}`);
  };
  return (
    <div ref={wrapper} onClick={openNight} className="cursor-pointer">
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <InverseScaleProbe onChange={setInverse} />
          <CartesianGrid stroke={p.grid} strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="night" tickFormatter={shortNightLabel} minTickGap={28} {...axisProps(p)} />
          <YAxis domain={[0, 11]} ticks={[0, 2, 4, 6, 8, 10]} allowDecimals={false} {...axisProps(p)} />
          <Tooltip content={content} />
          <Legend itemSorter={null} wrapperStyle={{ color: p.text, fontSize: 13 }} />
          <Line
            name="Worst severity"
            dataKey="severity"
            stroke={p.nightly}
            strokeWidth={1}
            dot={dotted ? { r: 2.5, fill: p.nightly, strokeWidth: 0 } : false}
            activeDot={{ r: 4 }}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line name="7-night mean" dataKey="mean7" stroke={p.mean7} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
          <Line
            name="28-night mean"
            dataKey="mean28"
            stroke={p.mean28}
            strokeWidth={2.5}
            strokeDasharray="7 4"
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
          {overlay && (
            <Scatter name={overlay.label} dataKey="mark" fill={p.overlay} shape="triangle" legendType="triangle" isAnimationActive={false} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export function FrequencyChart({ rows }: { rows: WeekRow[] }) {
  const p = usePalette();
  const content = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as WeekRow | undefined;
    if (!active || !row) return null;
    const lines =
      row.knownNights === 0
        ? ['No nights logged']
        : [`Episodes on ${row.episodeNights} of ${row.knownNights} logged nights (${row.frequencyPercent}%)`];
    if (row.sparse) lines.push('Few nights logged: read with care');
    return <TooltipBox p={p} title={`Week of ${row.label}`} lines={lines} />;
  };
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={p.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" minTickGap={20} {...axisProps(p)} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisProps(p)} />
        <Tooltip content={content} cursor={{ fill: p.grid, fillOpacity: 0.3 }} />
        <Bar name="Nights with episodes, of logged nights" dataKey="frequencyPercent" fill={p.bar} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.weekStart} fillOpacity={r.sparse ? 0.35 : 1} stroke={p.bar} strokeWidth={r.sparse ? 1.5 : 0} />
          ))}
          {rows.length <= MAX_LABELLED_WEEKS && (
            <LabelList
              dataKey="knownNights"
              position="top"
              formatter={(v: unknown) => (v ? `n=${String(v)}` : '')}
              style={{ fill: p.text, fontSize: 11 }}
            />
          )}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Whole hours around the weekly medians, every hour or every two. */
function hourTicks(values: number[]): number[] {
  if (values.length === 0) return [0, 1439];
  const low = Math.max(0, Math.floor((Math.min(...values) - 15) / 60) * 60);
  const high = Math.min(1439, Math.ceil((Math.max(...values) + 15) / 60) * 60);
  const step = high - low > 360 ? 120 : 60;
  const ticks: number[] = [];
  for (let t = low; t <= high; t += step) ticks.push(t);
  return ticks.length > 1 ? ticks : [low, Math.min(1439, low + 60)];
}

export function OnsetChart({ rows }: { rows: WeekRow[] }) {
  const p = usePalette();
  const ticks = useMemo(() => hourTicks(rows.map((r) => r.medianOnset).filter((m): m is number => m !== null)), [rows]);
  const content = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as WeekRow | undefined;
    if (!active || !row) return null;
    const lines =
      row.medianOnset === null
        ? ['No onset times']
        : [`Median onset ${formatClock(row.medianOnset)}`, `${row.onsetNights} nights with an onset time`];
    return <TooltipBox p={p} title={`Week of ${row.label}`} lines={lines} />;
  };
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -4 }}>
        <CartesianGrid stroke={p.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" minTickGap={20} {...axisProps(p)} />
        <YAxis domain={[ticks[0]!, ticks.at(-1)!]} ticks={ticks} tickFormatter={(v: number) => formatClock(v)} {...axisProps(p)} />
        <Tooltip content={content} />
        <Legend itemSorter={null} wrapperStyle={{ color: p.text, fontSize: 13 }} />
        <Line
          name="Median onset time (earlier is lower)"
          dataKey="medianOnset"
          stroke={p.onset}
          strokeWidth={2.5}
          dot={{ r: 3, fill: p.onset, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function SleepChart({ rows }: { rows: NightRow[] }) {
  const p = usePalette();
  const dotted = rows.length <= MAX_DOTTED_NIGHTS;
  const content = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as NightRow | undefined;
    if (!active || !row) return null;
    return (
      <TooltipBox
        p={p}
        title={nightLabel(row.night)}
        lines={[row.hours === null ? 'Sleep not logged' : `${fixed(row.hours, 2)} hours slept`, `7-night mean ${fixed(row.hoursMean7)}`]}
      />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={p.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="night" tickFormatter={shortNightLabel} minTickGap={28} {...axisProps(p)} />
        <YAxis domain={[0, 12]} ticks={[0, 2, 4, 6, 8, 10, 12]} unit=" h" {...axisProps(p)} />
        <Tooltip content={content} />
        <Legend itemSorter={null} wrapperStyle={{ color: p.text, fontSize: 13 }} />
        <Line
          name="Hours slept"
          dataKey="hours"
          stroke={p.nightly}
          strokeWidth={1}
          dot={dotted ? { r: 2.5, fill: p.nightly, strokeWidth: 0 } : false}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line name="7-night mean" dataKey="hoursMean7" stroke={p.mean7} strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export function StretchingChart({ rows }: { rows: WeekRow[] }) {
  const p = usePalette();
  const content = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as WeekRow | undefined;
    if (!active || !row) return null;
    return (
      <TooltipBox p={p} title={`Week of ${row.label}`} lines={[`Stretched before bed on ${row.stretchNights} of ${row.nights} nights`]} />
    );
  };
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid stroke={p.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" minTickGap={20} {...axisProps(p)} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisProps(p)} />
        <Tooltip content={content} cursor={{ fill: p.grid, fillOpacity: 0.3 }} />
        <Bar name="Nights with before-bed stretching" dataKey="stretchPercent" fill={p.mean7} isAnimationActive={false}>
          {rows.length <= MAX_LABELLED_WEEKS && (
            <LabelList
              dataKey="stretchNights"
              position="top"
              formatter={(v: unknown) => String(v ?? '')}
              style={{ fill: p.text, fontSize: 11 }}
            />
          )}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
