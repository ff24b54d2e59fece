import type { NightRecord } from '../nights/night-record';
import { LATE_CAFFEINE_FROM_MINUTES } from '../trends/factors';

/**
 * What a night of an experiment asks for. Stored as a key:
 * `routine:<routineId>`, `avoid:late_caffeine`, `avoid:alcohol`, `do:evening_walk`,
 * `do:custom:<factorId>`, `avoid:custom:<factorId>`, and for condition B also `none`.
 */
export type Condition =
  | { kind: 'routine'; routineId: string }
  | { kind: 'avoid_late_caffeine' }
  | { kind: 'avoid_alcohol' }
  | { kind: 'evening_walk' }
  | { kind: 'do_custom'; factorId: string }
  | { kind: 'avoid_custom'; factorId: string }
  | { kind: 'none' };

export type ConditionKind = Condition['kind'];

/** Names the labels need: routines and custom factors by id. */
export type ConditionNames = {
  routines?: Readonly<Record<string, string>>;
  customFactors?: Readonly<Record<string, string>>;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The condition a key stands for; undefined for anything else (keys come from forms and the database). */
export function parseConditionKey(key: string): Condition | undefined {
  switch (key) {
    case 'none':
      return { kind: 'none' };
    case 'avoid:late_caffeine':
      return { kind: 'avoid_late_caffeine' };
    case 'avoid:alcohol':
      return { kind: 'avoid_alcohol' };
    case 'do:evening_walk':
      return { kind: 'evening_walk' };
  }
  const match = /^(routine|do:custom|avoid:custom):(.+)$/.exec(key);
  if (!match || !ID.test(match[2] as string)) return undefined;
  const id = match[2] as string;
  if (match[1] === 'routine') return { kind: 'routine', routineId: id };
  return match[1] === 'do:custom' ? { kind: 'do_custom', factorId: id } : { kind: 'avoid_custom', factorId: id };
}

export function conditionKey(condition: Condition): string {
  switch (condition.kind) {
    case 'routine':
      return `routine:${condition.routineId}`;
    case 'avoid_late_caffeine':
      return 'avoid:late_caffeine';
    case 'avoid_alcohol':
      return 'avoid:alcohol';
    case 'evening_walk':
      return 'do:evening_walk';
    case 'do_custom':
      return `do:custom:${condition.factorId}`;
    case 'avoid_custom':
      return `avoid:custom:${condition.factorId}`;
    case 'none':
      return 'none';
  }
}

/** Condition A may be anything but `none`; B is `none` or another routine. */
export function isValidPair(a: Condition, b: Condition): boolean {
  if (a.kind === 'none') return false;
  if (b.kind === 'none') return true;
  return b.kind === 'routine' && a.kind === 'routine' && a.routineId !== b.routineId;
}

/** "Bedtime routine", "No caffeine after 14:00", … */
export function conditionLabel(condition: Condition, names: ConditionNames = {}): string {
  switch (condition.kind) {
    case 'routine':
      return names.routines?.[condition.routineId] ?? 'Routine';
    case 'avoid_late_caffeine':
      return 'No caffeine after 14:00';
    case 'avoid_alcohol':
      return 'No alcohol';
    case 'evening_walk':
      return 'Evening walk';
    case 'do_custom':
      return names.customFactors?.[condition.factorId] ?? 'Custom factor';
    case 'avoid_custom':
      return `No ${lowerFirst(names.customFactors?.[condition.factorId] ?? 'custom factor')}`;
    case 'none':
      return 'Without it';
  }
}

/** What Today says: "Tonight: do your Bedtime routine" / "Tonight: no routine". */
export function tonightInstruction(condition: Condition, names: ConditionNames = {}, against?: Condition): string {
  switch (condition.kind) {
    case 'routine':
      return `Tonight: do your ${conditionLabel(condition, names)}`;
    case 'avoid_late_caffeine':
      return 'Tonight: no caffeine after 14:00 today';
    case 'avoid_alcohol':
      return 'Tonight: no alcohol today';
    case 'evening_walk':
      return 'Tonight: take an evening walk';
    case 'do_custom':
      return `Tonight: ${conditionLabel(condition, names)}: yes`;
    case 'avoid_custom':
      return `Tonight: ${lowerFirst(conditionLabel(condition, names))}`;
    case 'none':
      return noneInstruction(against);
  }
}

function noneInstruction(against: Condition | undefined): string {
  switch (against?.kind) {
    case 'avoid_late_caffeine':
    case 'avoid_alcohol':
    case 'avoid_custom':
      return 'Tonight: as you usually do';
    case 'evening_walk':
      return 'Tonight: no evening walk';
    case 'do_custom':
      return 'Tonight: without it';
    default:
      return 'Tonight: no routine';
  }
}

/** "Bedtime vs without it": the person's own names stay as they wrote them. */
export function experimentTitle(a: Condition, b: Condition, names: ConditionNames = {}): string {
  return `${conditionLabel(a, names)} vs ${b.kind === 'none' ? 'without it' : conditionLabel(b, names)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Whether the night kept to its condition, from what was logged; null when nothing logged can tell.
 * `none` means "without condition A" and needs A as `against`.
 */
export function adherenceOf(condition: Condition, record: NightRecord, against?: Condition): boolean | null {
  const factors = record.factors;
  switch (condition.kind) {
    case 'routine':
      if (record.routineIds.includes(condition.routineId)) return true;
      // No session and no check-in: the night was simply not logged.
      return record.status === 'unknown' && !record.beforeBedStretch ? null : false;
    case 'avoid_late_caffeine': {
      if (!factors) return null;
      if (factors.lastCaffeineMinutes !== null) return factors.lastCaffeineMinutes < LATE_CAFFEINE_FROM_MINUTES;
      return factors.caffeineServings === 0 ? true : null;
    }
    case 'avoid_alcohol':
      return factors?.alcoholDrinks == null ? null : factors.alcoholDrinks === 0;
    case 'evening_walk':
      if (factors?.exerciseMinutes == null) return null;
      if (factors.exerciseMinutes === 0) return false;
      return factors.exerciseTimeOfDay === null ? null : factors.exerciseTimeOfDay === 'evening';
    case 'do_custom': {
      const value = factors?.custom[condition.factorId];
      return value === undefined ? null : value > 0;
    }
    case 'avoid_custom': {
      const value = factors?.custom[condition.factorId];
      return value === undefined ? null : value <= 0;
    }
    case 'none': {
      if (!against || against.kind === 'none') return null;
      const didA = adherenceOf(against, record);
      return didA === null ? null : !didA;
    }
  }
}

/** Whether a condition key names this routine or custom factor (what must not be deleted while it runs). */
export function conditionUses(key: string, used: { routineId: string } | { factorId: string }): boolean {
  const condition = parseConditionKey(key);
  if (!condition) return false;
  if ('routineId' in used) return condition.kind === 'routine' && condition.routineId === used.routineId;
  return (condition.kind === 'do_custom' || condition.kind === 'avoid_custom') && condition.factorId === used.factorId;
}
