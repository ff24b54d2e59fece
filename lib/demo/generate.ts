import { addDays, nightOf, wallTimeToInstant, type CalendarDate } from '../nights';
import { mulberry32 } from '../stats/random';
import { createRng, seededUuid, type Rng } from './random';

export const DEMO_SEED = 20_250_101;
export const DEMO_NIGHTS = 183;
export const DEMO_UNKNOWN_SHARE = 0.1;

/** The planted effects on the nightly worst severity (symptom-free nights = 0), as plain differences of means. */
export const PLANTED_EFFECTS = { routine: -1.5, lateCaffeine: 1.2, alcohol: 0.8, customFactor: 0 } as const;

/** The latent nightly severity: a baseline, the agonist's relief once taken, the day's factors, noise. */
const MODEL = {
  base: 5,
  agonistRelief: 1.2,
  noiseSd: 1.3,
  // Symptom-free grows likely as the latent severity falls below about 2.
  symptomFreeMidpoint: 2.6,
  symptomFreeSlope: 2,
} as const;

export const DEMO_ROUTINE_NAME = 'Bedtime';
export const DEMO_ROUTINE_STEPS = [
  { stretchKey: 'calf', holdSeconds: 30, repetitions: 2, bothSides: true },
  { stretchKey: 'hamstring', holdSeconds: 15, repetitions: 2, bothSides: true },
  { stretchKey: 'quadriceps', holdSeconds: 30, repetitions: 2, bothSides: true },
] as const;
export const DEMO_CUSTOM_FACTOR_NAME = 'Hot shower';
/** Caffeine later than this (local time) counts as late. */
export const LATE_CAFFEINE_AFTER = '14:00';

export type DemoCheckin = {
  id: string;
  nightOf: CalendarDate;
  hadSymptoms: boolean;
  bedtime: Date | null;
  wakeTime: Date | null;
  hoursSlept: number | null;
  awakenings: number | null;
  sleepQuality: number | null;
};

export type DemoEpisode = {
  id: string;
  nightOf: CalendarDate;
  startedAt: Date;
  endedAt: Date;
  severity: number;
  bodyAreas: string[];
  sensations: string[];
  reliefs: string[];
  notes: string;
};

export type DemoRoutine = {
  id: string;
  name: string;
  steps: { stretchKey: string; holdSeconds: number; repetitions: number; bothSides: boolean }[];
};

export type DemoStretchSession = {
  id: string;
  nightOf: CalendarDate;
  performedAt: Date;
  /** The built-in catalog key; the seeder maps it to the account's own stretch id. */
  stretchKey: string;
  routineId: string | null;
  sides: 'both' | 'none';
  holdSeconds: number | null;
  repetitions: number | null;
  totalMinutes: number | null;
  context: 'before_bed' | 'during_episode';
  partial: boolean;
};

export type DemoDailyFactors = {
  day: CalendarDate;
  caffeineServings: number;
  /** 'HH:MM', null when there was no caffeine. */
  lastCaffeineAt: string | null;
  alcoholDrinks: number;
  exerciseMinutes: number;
  exerciseIntensity: 'light' | 'moderate' | 'vigorous' | null;
  exerciseTimeOfDay: 'morning' | 'afternoon' | 'evening' | null;
  stress: number;
  ironSupplement: boolean;
};

export type DemoCustomFactor = { id: string; name: string; kind: 'boolean'; unit: string };
export type DemoCustomFactorValue = { factorId: string; day: CalendarDate; value: number };

export type DemoMedication = {
  id: string;
  name: string;
  dose: string;
  schedule: string;
  asNeeded: boolean;
  startedOn: CalendarDate;
  stoppedOn: CalendarDate | null;
};

export type DemoMedicationDose = { id: string; medicationId: string; nightOf: CalendarDate; takenAt: Date; dose: string };
export type DemoIrlsScore = { id: string; scoredOn: CalendarDate; total: number };

export type DemoData = {
  seed: number;
  timeZone: string;
  /** Every night covered, oldest first; the last is the night before `today`. */
  nights: CalendarDate[];
  checkins: DemoCheckin[];
  episodes: DemoEpisode[];
  routine: DemoRoutine;
  stretchSessions: DemoStretchSession[];
  dailyFactors: DemoDailyFactors[];
  customFactor: DemoCustomFactor;
  customFactorValues: DemoCustomFactorValue[];
  medications: DemoMedication[];
  medicationDoses: DemoMedicationDose[];
  irlsScores: DemoIrlsScore[];
};

export type DemoOptions = {
  /** The user's local date today; the data ends with the night before it. */
  today: CalendarDate;
  timeZone: string;
  seed?: number;
  nights?: number;
  /** When given, whatever would lie after this instant (a night still under way) is left out. */
  now?: Date;
  /** Row ids; by default drawn from the seed, so the output is fully reproducible. */
  newId?: () => string;
  /**
   * Experiments: the routine is done exactly on the nights this returns true for, and not on those it
   * returns false for; on the rest (undefined, or without it) on half the nights at random.
   */
  routineOn?: (night: CalendarDate) => boolean | undefined;
  /** Overrides PLANTED_EFFECTS.routine. */
  routineEffect?: number;
  /**
   * False: the effects are plain latent coefficients with noise as drawn, so a sample shows them only
   * on average (for simulations of a test's power). True (default): solved so every seed shows them exactly.
   */
  exactEffects?: boolean;
};

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The instant `minutes` after local midnight starting `date` (may run into the next days). */
function localInstant(date: CalendarDate, minutes: number, timeZone: string): Date {
  const days = Math.floor(minutes / 1440);
  return wallTimeToInstant(`${addDays(date, days)}T${clock(minutes - days * 1440)}`, timeZone);
}

const later = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * MINUTE);

function triangular(rng: Rng, min: number, max: number, mode: number): number {
  const u = rng.next();
  const cut = (mode - min) / (max - min);
  return u < cut
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** About a tenth of the nights: one few-night gap (a trip) plus scattered forgotten nights. */
function pickUnknownNights(rng: Rng, count: number): Set<number> {
  const target = Math.round(count * DEMO_UNKNOWN_SHARE);
  const unknown = new Set<number>();
  const gap = Math.min(4, target);
  const gapStart = rng.int(0, Math.max(0, count - gap));
  for (let i = 0; i < gap; i++) unknown.add(gapStart + i);
  while (unknown.size < target) unknown.add(rng.int(0, count - 1));
  return unknown;
}

function worstSeverity(latent: number, freeDraw: number): number {
  const pFree = 1 / (1 + Math.exp(MODEL.symptomFreeSlope * (latent - MODEL.symptomFreeMidpoint)));
  return freeDraw < pFree ? 0 : clamp(Math.round(latent), 1, 10);
}

/** Mean of `values` where `flags` is 1 minus the mean where it is 0. */
function differenceOfMeans(values: number[], flags: number[]): number {
  let [sumOn, nOn, sumOff, nOff] = [0, 0, 0, 0];
  values.forEach((v, i) => (flags[i] ? ((sumOn += v), nOn++) : ((sumOff += v), nOff++)));
  return sumOn / nOn - sumOff / nOff;
}

/** Gaussian elimination with partial pivoting; null when singular. */
function solveLinear(matrix: number[][], rhs: number[]): number[] | null {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (!(Math.abs(a[pivot]![col]!) > 1e-9)) return null;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= n; c++) a[r]![c] = a[r]![c]! - f * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

/** `values` minus their least-squares fit on `columns`, rescaled to unit variance (modified Gram–Schmidt). */
function orthogonalize(values: number[], columns: number[][]): number[] {
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  const basis: number[][] = [];
  for (const column of columns) {
    const q = [...column];
    for (const b of basis) {
      const c = dot(q, b);
      q.forEach((_, i) => (q[i] = q[i]! - c * b[i]!));
    }
    const norm = Math.sqrt(dot(q, q));
    if (norm > 1e-9) basis.push(q.map((x) => x / norm));
  }
  const out = [...values];
  for (const b of basis) {
    const c = dot(out, b);
    out.forEach((_, i) => (out[i] = out[i]! - c * b[i]!));
  }
  const sd = Math.sqrt(dot(out, out) / Math.max(1, out.length - 1));
  return sd > 0 ? out.map((x) => x / sd) : out;
}

type KnownNight = { flags: number[]; rest: number; freeDraw: number };

/**
 * Latent coefficients for which the plain differences of means over this sample's known
 * nights hit the planted sizes, so the effects are there for any seed, not only on average.
 */
function solveCoefficients(nights: KnownNight[], targets: number[]): number[] {
  const columns = targets.map((_, j) => nights.map((n) => n.flags[j]!));
  const sensitivity = targets.map((_, r) => targets.map((_, c) => differenceOfMeans(columns[c]!, columns[r]!)));
  let beta = [...targets];
  let best = beta;
  let bestError = Infinity;
  for (let iteration = 0; iteration < 40; iteration++) {
    const ys = nights.map((n) => worstSeverity(n.rest + n.flags.reduce((s, f, j) => s + f * beta[j]!, 0), n.freeDraw));
    const gap = targets.map((t, r) => t - differenceOfMeans(ys, columns[r]!));
    const error = Math.max(...gap.map(Math.abs));
    if (!Number.isFinite(error)) return targets;
    if (error < bestError) [best, bestError] = [beta, error];
    if (error < 0.02) break;
    const step = solveLinear(sensitivity, gap);
    if (!step) break;
    // Damped: the severity is whole numbers, so full steps can oscillate.
    beta = beta.map((b, j) => b + 0.7 * step[j]!);
  }
  return best;
}

const STRETCH_HOLDS: Record<string, number> = { calf: 30, hamstring: 15, quadriceps: 30 };

/** Six months of one person's nights: pure and deterministic for a given seed, today and time zone. */
export function generateDemoData(options: DemoOptions): DemoData {
  const { today, timeZone, now } = options;
  const seed = options.seed ?? DEMO_SEED;
  const count = options.nights ?? DEMO_NIGHTS;
  const rng = createRng(seed);
  const idStream = mulberry32((seed ^ 0x5bd1e995) >>> 0);
  const newId = options.newId ?? (() => seededUuid(idStream));
  const notAfter = (instant: Date) => !now || instant.getTime() <= now.getTime();

  const nights = Array.from({ length: count }, (_, i) => addDays(today, i - count));
  const agonistStart = Math.floor(count / 2);

  const routine: DemoRoutine = {
    id: newId(),
    name: DEMO_ROUTINE_NAME,
    steps: DEMO_ROUTINE_STEPS.map((s) => ({ ...s })),
  };
  const customFactor: DemoCustomFactor = { id: newId(), name: DEMO_CUSTOM_FACTOR_NAME, kind: 'boolean', unit: '' };
  const iron: DemoMedication = {
    id: newId(),
    name: 'Iron (ferrous sulfate)',
    dose: '325 mg',
    schedule: 'Once a day with lunch',
    asNeeded: false,
    startedOn: nights[0]!,
    stoppedOn: null,
  };
  const agonist: DemoMedication = {
    id: newId(),
    name: 'Pramipexole',
    dose: '0.125 mg',
    schedule: 'Evening, about 2 hours before bed',
    asNeeded: false,
    startedOn: nights[agonistStart]!,
    stoppedOn: null,
  };

  const data: DemoData = {
    seed,
    timeZone,
    nights,
    checkins: [],
    episodes: [],
    routine,
    stretchSessions: [],
    dailyFactors: [],
    customFactor,
    customFactorValues: [],
    medications: [iron, agonist],
    medicationDoses: [],
    irlsScores: [],
  };

  const unknown = pickUnknownNights(rng, count);

  // First pass: the day's factors and the raw latent noise of every night.
  const days = nights.map((date, i) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    const weekend = weekday === 5 || weekday === 6;
    // Drawn independently of one another and of time.
    const drawnRoutine = rng.chance(0.5);
    const didRoutine = options.routineOn?.(date) ?? drawnRoutine;
    const caffeineServings = rng.weighted([
      [0, 12],
      [1, 30],
      [2, 33],
      [3, 18],
      [4, 7],
    ] as const);
    const lateCaffeine = caffeineServings > 0 && rng.chance(0.2 + 0.05 * caffeineServings);
    const lastCaffeineMinutes =
      caffeineServings === 0 ? null : lateCaffeine ? rng.int(58, 74) * 15 : rng.int(30, 54) * 15;
    const alcoholDrinks = rng.chance(weekend ? 0.5 : 0.18)
      ? rng.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const)
      : 0;
    const exercised = rng.chance(0.6);
    const exerciseMinutes = exercised ? 15 + 5 * rng.int(0, 12) : 0;
    const exerciseIntensity = rng.weighted([
      ['light', 40],
      ['moderate', 45],
      ['vigorous', 15],
    ] as const);
    const exerciseTimeOfDay = rng.weighted([
      ['morning', 35],
      ['afternoon', 35],
      ['evening', 30],
    ] as const);
    const stress = clamp(Math.round(4 + 2 * rng.normal()), 0, 10);
    const tookIron = rng.chance(0.9);
    const hotShower = rng.chance(0.4);
    const onAgonist = i >= agonistStart;
    const agonistRamp = onAgonist ? Math.min(1, (i - agonistStart + 1) / 14) : 0;
    return {
      didRoutine,
      caffeineServings,
      lateCaffeine,
      lastCaffeineMinutes,
      alcoholDrinks,
      exercised,
      exerciseMinutes,
      exerciseIntensity,
      exerciseTimeOfDay,
      stress,
      tookIron,
      hotShower,
      onAgonist,
      agonistRamp,
      noise: rng.normal(),
      freeDraw: rng.next(),
    };
  });

  const flagsOf = (d: (typeof days)[number]) => [
    Number(d.didRoutine),
    Number(d.lateCaffeine),
    Number(d.alcoholDrinks > 0),
    Number(d.hotShower),
  ];
  const restOf = (d: (typeof days)[number]) =>
    MODEL.base - MODEL.agonistRelief * d.agonistRamp + MODEL.noiseSd * d.noise;
  const known = days.filter((_, i) => !unknown.has(i));
  const targets = [
    options.routineEffect ?? PLANTED_EFFECTS.routine,
    PLANTED_EFFECTS.lateCaffeine,
    PLANTED_EFFECTS.alcohol,
    PLANTED_EFFECTS.customFactor,
  ];
  const exact = options.exactEffects ?? true;
  // Noise free of chance correlation with the factors and the agonist keeps the solved coefficients near the targets.
  const noise = !exact ? known.map((d) => d.noise) : orthogonalize(
    known.map((d) => d.noise),
    [known.map(() => 1), known.map((d) => d.agonistRamp), ...[0, 1, 2, 3].map((j) => known.map((d) => flagsOf(d)[j]!))],
  );
  known.forEach((d, k) => (d.noise = noise[k]!));
  const beta = !exact
    ? targets
    : solveCoefficients(
        known.map((d) => ({ flags: flagsOf(d), rest: restOf(d), freeDraw: d.freeDraw })),
        targets,
      );

  const latents: number[] = [];
  nights.forEach((date, i) => {
    const day = days[i]!;
    const { didRoutine, caffeineServings, lastCaffeineMinutes, alcoholDrinks, exercised, exerciseMinutes } = day;
    const { exerciseIntensity, exerciseTimeOfDay, stress, tookIron, hotShower, onAgonist } = day;
    const latent = restOf(day) + flagsOf(day).reduce((s, f, j) => s + f * beta[j]!, 0);
    latents.push(latent);
    const worst = worstSeverity(latent, day.freeDraw);

    const bedtime = localInstant(date, 1320 + 5 * rng.int(0, 21), timeZone);
    let wakeTime = localInstant(date, 1440 + 375 + 5 * rng.int(0, 18), timeZone);

    // Episodes: onsets mostly 21:00–03:00, drifting a little earlier on the agonist.
    const episodes: DemoEpisode[] = [];
    const duringStretches: DemoStretchSession[] = [];
    if (worst > 0) {
      const planned = rng.weighted(
        worst >= 7
          ? ([
              [1, 35],
              [2, 40],
              [3, 25],
            ] as const)
          : worst >= 4
            ? ([
                [1, 55],
                [2, 33],
                [3, 12],
              ] as const)
            : ([
                [1, 80],
                [2, 17],
                [3, 3],
              ] as const),
      );
      const worstIndex = rng.int(0, planned - 1);
      const drift = onAgonist ? 30 * ((i - agonistStart) / Math.max(1, count - agonistStart)) : 0;
      const firstOffset = rng.chance(0.08) ? rng.uniform(-120, 0) : triangular(rng, 0, 360, 120);
      let start = localInstant(date, 1260 + Math.round(firstOffset - drift), timeZone);
      const armsChance = 0.08 + 0.12 * (onAgonist ? (i - agonistStart) / Math.max(1, count - agonistStart) : 0);

      for (let k = 0; k < planned; k++) {
        const severity = k === worstIndex ? worst : Math.max(1, worst - rng.int(1, 3));
        const minutes = clamp(Math.round(10 + 5 * severity + rng.uniform(-5, 25)), 10, 90);
        const end = later(start, minutes);

        const legs = rng.next();
        const bodyAreas = legs < 0.6 ? ['left_leg', 'right_leg'] : legs < 0.8 ? ['left_leg'] : ['right_leg'];
        if (rng.chance(armsChance)) bodyAreas.push('arms');
        if (rng.chance(0.03)) bodyAreas.push('trunk');

        const sensations = new Set<string>();
        if (rng.chance(0.93)) sensations.add('urge');
        const extra = rng.int(1, 2);
        for (let s = 0; s < extra; s++) {
          sensations.add(
            rng.weighted([
              ['tingling', 30],
              ['aching', 25],
              ['pulling', 20],
              ['crawling', 20],
              ['burning', 5],
            ] as const),
          );
        }

        const reliefs = new Set<string>();
        if (rng.chance(0.25)) {
          const key = rng.weighted([
            ['calf', 3],
            ['hamstring', 2],
            ['quadriceps', 1],
            ['walking', 3],
          ] as const);
          const walking = key === 'walking';
          reliefs.add(walking ? 'walking' : 'stretching');
          duringStretches.push({
            id: newId(),
            nightOf: date,
            performedAt: later(start, rng.int(3, Math.max(3, minutes - 5))),
            stretchKey: key,
            routineId: null,
            sides: walking ? 'none' : 'both',
            holdSeconds: walking ? null : STRETCH_HOLDS[key]!,
            repetitions: walking ? null : rng.int(1, 2),
            totalMinutes: walking ? rng.int(5, 15) : null,
            context: 'during_episode',
            partial: false,
          });
        }
        if (rng.chance(0.5)) reliefs.add('walking');
        if (rng.chance(0.2)) reliefs.add('massage');
        if (rng.chance(0.08)) reliefs.add('bath');
        if (onAgonist && rng.chance(0.05)) reliefs.add('medication');
        if (rng.chance(0.04)) reliefs.add('other');

        episodes.push({
          id: newId(),
          nightOf: nightOf(start, timeZone),
          startedAt: start,
          endedAt: end,
          severity,
          bodyAreas,
          sensations: [...sensations],
          reliefs: [...reliefs],
          notes: '',
        });
        start = later(end, rng.int(15, 75));
      }
      const lastEnd = episodes[episodes.length - 1]!.endedAt;
      if (wakeTime.getTime() < lastEnd.getTime() + 10 * MINUTE) wakeTime = later(lastEnd, 10);
    }

    const awakeMinutes = episodes.reduce((sum, e) => {
      const overlap = Math.min(e.endedAt.getTime(), wakeTime.getTime()) - Math.max(e.startedAt.getTime(), bedtime.getTime());
      return sum + Math.max(0, overlap) / MINUTE;
    }, 0);
    const inBed = (wakeTime.getTime() - bedtime.getTime()) / (60 * MINUTE);
    const latency = rng.uniform(0.1, 0.5);
    const hoursSlept = clamp(Math.round((inBed - latency - (1.3 * awakeMinutes) / 60) * 4) / 4, 1, 12);
    const awakenings =
      episodes.filter((e) => e.startedAt.getTime() >= bedtime.getTime()).length + (rng.chance(0.35) ? 1 : 0);
    const sleepQuality = clamp(Math.round(5 - worst / 2.5 + 0.6 * rng.normal()), 1, 5);
    const checkedIn = worst === 0 || rng.chance(0.9);
    const routineStart = later(bedtime, -rng.int(10, 25));
    const ironAt = localInstant(date, 735 + rng.int(0, 60), timeZone);
    const tookAgonist = onAgonist && rng.chance(0.95);
    const agonistAt = later(bedtime, -120 + rng.int(-15, 15));

    if (unknown.has(i)) return;

    data.dailyFactors.push({
      day: date,
      caffeineServings,
      lastCaffeineAt: lastCaffeineMinutes === null ? null : clock(lastCaffeineMinutes),
      alcoholDrinks,
      exerciseMinutes,
      exerciseIntensity: exercised ? exerciseIntensity : null,
      exerciseTimeOfDay: exercised ? exerciseTimeOfDay : null,
      stress,
      ironSupplement: tookIron,
    });
    data.customFactorValues.push({ factorId: customFactor.id, day: date, value: hotShower ? 1 : 0 });

    if (didRoutine) {
      let at = routineStart;
      for (const step of routine.steps) {
        const session: DemoStretchSession = {
          id: newId(),
          nightOf: nightOf(at, timeZone),
          performedAt: at,
          stretchKey: step.stretchKey,
          routineId: routine.id,
          sides: 'both',
          holdSeconds: step.holdSeconds,
          repetitions: step.repetitions,
          totalMinutes: null,
          context: 'before_bed',
          partial: false,
        };
        if (notAfter(at)) data.stretchSessions.push(session);
        at = later(at, Math.ceil((step.holdSeconds * step.repetitions * 2) / 60) + 1);
      }
    }
    const doses: DemoMedicationDose[] = [];
    if (tookIron) doses.push({ id: newId(), medicationId: iron.id, nightOf: '', takenAt: ironAt, dose: iron.dose });
    if (tookAgonist) {
      doses.push({ id: newId(), medicationId: agonist.id, nightOf: '', takenAt: agonistAt, dose: agonist.dose });
    }
    for (const dose of doses) {
      if (notAfter(dose.takenAt)) data.medicationDoses.push({ ...dose, nightOf: nightOf(dose.takenAt, timeZone) });
    }

    // A night still under way at `now` has no check-in or episodes yet.
    const nightEnd = checkedIn ? wakeTime : (episodes[episodes.length - 1]?.endedAt ?? bedtime);
    if (!notAfter(nightEnd)) return;
    data.episodes.push(...episodes);
    data.stretchSessions.push(...duringStretches.map((s) => ({ ...s, nightOf: nightOf(s.performedAt, timeZone) })));
    if (checkedIn) {
      const withSleep = worst > 0;
      data.checkins.push({
        id: newId(),
        nightOf: date,
        hadSymptoms: withSleep,
        bedtime: withSleep ? bedtime : null,
        wakeTime: withSleep ? wakeTime : null,
        hoursSlept: withSleep ? hoursSlept : null,
        awakenings: withSleep ? awakenings : null,
        sleepQuality: withSleep ? sleepQuality : null,
      });
    }
  });

  // An IRLS total about every four weeks, following the recent latent severity.
  for (let i = 5; i < count; i += 28) {
    const recent = latents.slice(Math.max(0, i - 13), i + 1);
    const meanLatent = recent.reduce((s, x) => s + x, 0) / recent.length;
    data.irlsScores.push({
      id: newId(),
      scoredOn: nights[i]!,
      total: clamp(Math.round(2 + 3.4 * meanLatent + 2 * rng.normal()), 0, 40),
    });
  }

  return data;
}
