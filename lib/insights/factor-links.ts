import { addDays } from '../nights/calendar-date';
import type { NightRecord } from '../nights/night-record';
import { benjaminiHochberg, hedgesG, newcombeDifference, welchTest, type ProportionDifference, type WelchResult } from '../stats';
import { builtInOverlayFactors, customOverlayFactor, factorDayValue, isFactorMarked, type OverlayFactor } from '../trends/factors';
import type { CustomFactorKind } from '../validation/factors';

/** Nights needed on each side before a comparison is shown. */
export const MIN_NIGHTS_EACH_SIDE = 7;

/** 0: the factor on day D and night D; 1: the factor on day D−1 and night D. */
export type Lag = 0 | 1;

/** Experiment condition keys understood by /experiments/new?a=… (not health data). */
export type ConditionKey = `routine:${string}` | 'avoid:late_caffeine' | 'avoid:alcohol' | 'do:evening_walk' | `do:custom:${string}` | `avoid:custom:${string}`;

export type LinkFactor = {
  /** 'alcohol', 'custom:<id>', 'before_bed_stretch', 'routine:<id>' … */
  key: string;
  name: string;
  /** "Days with alcohol" */
  withLabel: string;
  lags: readonly Lag[];
  /** Something the person can change on purpose (never iron or medications). */
  controllable: boolean;
  /** The day's value: present/high, absent/low, or not recorded. */
  read: (night: NightRecord) => boolean | null;
  /** The experiment a lower (`lowers`) or higher (`raises`) severity with the factor would suggest. */
  test: { lowers: ConditionKey | null; raises: ConditionKey | null };
};

const DELAYED = new Set(['alcohol', 'exercise', 'stress']);

function fromOverlay(f: OverlayFactor, test: LinkFactor['test'], controllable: boolean): LinkFactor {
  const delayed = f.source.kind === 'custom' || DELAYED.has(f.key);
  return {
    key: f.key,
    name: f.name,
    withLabel: f.markedLabel,
    lags: delayed ? [0, 1] : [0],
    controllable,
    read: (night) => isFactorMarked(f.rule, factorDayValue(night.factors, f.source)),
    test,
  };
}

/** Every factor the links compare: the built-ins, the custom factors, stretching before bed and each routine. */
export function linkFactors(input: {
  custom: readonly { id: string; name: string; kind: CustomFactorKind }[];
  routines: readonly { id: string; name: string }[];
}): LinkFactor[] {
  const none = { lowers: null, raises: null };
  const builtIn = builtInOverlayFactors().map((f) => {
    switch (f.key) {
      case 'late_caffeine':
        return fromOverlay(f, { lowers: null, raises: 'avoid:late_caffeine' }, true);
      case 'alcohol':
        return fromOverlay(f, { lowers: null, raises: 'avoid:alcohol' }, true);
      case 'exercise':
        return fromOverlay(f, { lowers: 'do:evening_walk', raises: null }, true);
      default:
        // Caffeine at any hour, stress and iron: shown, never suggested as a test.
        return fromOverlay(f, none, false);
    }
  });
  const custom = input.custom.map((c) =>
    fromOverlay(customOverlayFactor(c), { lowers: `do:custom:${c.id}`, raises: `avoid:custom:${c.id}` }, true),
  );
  const onlyRoutine = input.routines.length === 1 ? (`routine:${input.routines[0]!.id}` as const) : null;
  const stretching: LinkFactor = {
    key: 'before_bed_stretch',
    name: 'Stretching before bed',
    withLabel: 'Stretched before bed',
    lags: [0],
    controllable: true,
    read: (night) => night.beforeBedStretch,
    test: { lowers: onlyRoutine, raises: null },
  };
  const routines = input.routines.map(
    (r): LinkFactor => ({
      key: `routine:${r.id}`,
      name: `Routine: ${r.name}`,
      withLabel: `Did ${r.name}`,
      lags: [0],
      controllable: true,
      read: (night) => night.routineIds.includes(r.id),
      test: { lowers: `routine:${r.id}`, raises: null },
    }),
  );
  return [...builtIn, stretching, ...routines, ...custom];
}

export type LinkResult = {
  /** Mean worst severity with the factor minus without (Welch, 95% interval). */
  severity: WelchResult;
  /** Share of nights with episodes with the factor minus without (Newcombe, 95% interval). */
  frequency: ProportionDifference | null;
  hedgesG: number | null;
  /** Benjamini–Hochberg over every comparison shown. */
  adjustedP: number;
};

/** A factor as a link states it: everything but how to read it, so links are plain data (cached as JSON). */
export type LinkFactorInfo = Omit<LinkFactor, 'read'>;

export type FactorLink = {
  factor: LinkFactorInfo;
  lag: Lag;
  /** Known nights with the factor present/high, and absent/low. */
  withNights: number;
  withoutNights: number;
  /** Null below the minimum (or when severities do not vary). */
  result: LinkResult | null;
  /** Nights still needed on each side; null once there are enough. */
  needed: { with: number; without: number } | null;
};

type Side = { nights: number; severities: number[]; episodeNights: number };
const emptySide = (): Side => ({ nights: 0, severities: [], episodeNights: 0 });

/** Every factor × lag comparison of `nights`, with BH-adjusted p-values over those shown. */
export function factorLinks(nights: readonly NightRecord[], factors: readonly LinkFactor[]): FactorLink[] {
  const byNight = new Map(nights.map((n) => [n.nightOf, n]));
  const draft = factors.flatMap((factor) =>
    factor.lags.map((lag) => {
      const sides = { with: emptySide(), without: emptySide() };
      for (const night of nights) {
        if (night.status === 'unknown') continue;
        const day = lag === 0 ? night : byNight.get(addDays(night.nightOf, -1));
        const marked = day ? factor.read(day) : null;
        if (marked === null) continue;
        const side = marked ? sides.with : sides.without;
        side.nights++;
        if (night.status === 'episodes') side.episodeNights++;
        if (night.worstSeverity !== null) side.severities.push(night.worstSeverity);
      }
      const enough = sides.with.nights >= MIN_NIGHTS_EACH_SIDE && sides.without.nights >= MIN_NIGHTS_EACH_SIDE;
      const severity = enough ? welchTest(sides.with.severities, sides.without.severities) : null;
      return { factor, lag, sides, severity };
    }),
  );
  const shown = draft.filter((d) => d.severity !== null);
  const adjusted = benjaminiHochberg(shown.map((d) => d.severity!.p));
  const adjustedOf = new Map(shown.map((d, i) => [d, adjusted[i]!]));
  return draft.map((d) => {
    const { with: w, without: wo } = d.sides;
    const needed =
      w.nights >= MIN_NIGHTS_EACH_SIDE && wo.nights >= MIN_NIGHTS_EACH_SIDE
        ? null
        : { with: Math.max(0, MIN_NIGHTS_EACH_SIDE - w.nights), without: Math.max(0, MIN_NIGHTS_EACH_SIDE - wo.nights) };
    const { read: _read, ...factor } = d.factor;
    return {
      factor,
      lag: d.lag,
      withNights: w.nights,
      withoutNights: wo.nights,
      needed,
      result: d.severity
        ? {
            severity: d.severity,
            frequency: newcombeDifference(w.episodeNights, w.nights, wo.episodeNights, wo.nights),
            hedgesG: hedgesG(w.severities, wo.severities),
            adjustedP: adjustedOf.get(d)!,
          }
        : null,
    };
  });
}

/** The experiment a link points to: lower severity with a "do" factor, higher with an "avoid" factor. */
export function linkCondition(link: FactorLink): ConditionKey | null {
  if (!link.result) return null;
  return link.result.severity.diff < 0 ? link.factor.test.lowers : link.factor.test.raises;
}

/** The condition behind a row's "Test this": the link's direction when known, else the factor's first test. */
export function rowCondition(link: FactorLink): ConditionKey | null {
  if (!link.factor.controllable) return null;
  return linkCondition(link) ?? (link.result ? null : (link.factor.test.lowers ?? link.factor.test.raises));
}

export type Suggestion = { link: FactorLink; condition: ConditionKey };

/** The strongest exploratory link (smallest adjusted p) on a factor the person controls, in a direction they can act on. */
export function suggestNextTest(links: readonly FactorLink[]): Suggestion | null {
  let best: Suggestion | null = null;
  for (const link of links) {
    if (!link.factor.controllable || !link.result || link.needed) continue;
    const condition = linkCondition(link);
    if (!condition) continue;
    if (!best || link.result.adjustedP < best.link.result!.adjustedP) best = { link, condition };
  }
  return best;
}

const fixed1 = (x: number) => Math.abs(x).toFixed(1);
const signed1 = (x: number) => (x < 0 ? `−${fixed1(x)}` : fixed1(x));
const percent = (x: number) => `${Math.round(Math.abs(x) * 100)}`;
const signedPercent = (x: number) => `${x < 0 ? '−' : ''}${percent(x)}`;

export function lagWords(lag: Lag): string {
  return lag === 0 ? 'same day → that night' : 'day before → the next night';
}

/** "Worst severity averaged 0.8 points higher (95% interval 0.2 to 1.4)" */
export function severityWords(result: LinkResult): string {
  const { diff, ciLow, ciHigh } = result.severity;
  const way = diff < 0 ? 'lower' : 'higher';
  return `Worst severity averaged ${fixed1(diff)} points ${way} (95% interval ${signed1(ciLow)} to ${signed1(ciHigh)})`;
}

/** "Episodes on 12 percentage points more nights (95% interval −3 to 27)" */
export function frequencyWords(frequency: ProportionDifference | null): string {
  if (!frequency) return 'Share of nights with episodes: not available';
  const way = frequency.diff < 0 ? 'fewer' : 'more';
  return `Episodes on ${percent(frequency.diff)} percentage points ${way} nights (95% interval ${signedPercent(frequency.ciLow)} to ${signedPercent(frequency.ciHigh)})`;
}

/** "not enough data yet — about 3 more nights with and 0 without" */
export function neededWords(needed: { with: number; without: number }): string {
  return `Not enough data yet — about ${needed.with} more ${needed.with === 1 ? 'night' : 'nights'} with and ${needed.without} without`;
}

export function formatP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}
