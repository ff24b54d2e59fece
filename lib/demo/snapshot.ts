import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type AccountSnapshot, type SnapshotTables } from '../account/snapshot';
import { STRETCH_CATALOG } from '../stretches/catalog';
import type { DemoExperiment } from './experiments';
import type { DemoData } from './generate';

/**
 * The generated demo person as an account snapshot, so the seed is an import like any other. The
 * catalog stretches the routine and sessions use are named by their key; the import maps them
 * onto the account's own copies.
 */
export function demoSnapshot({
  data,
  experiments,
  displayName,
  newId,
  exportedAt,
}: {
  data: DemoData;
  experiments: DemoExperiment[];
  displayName: string;
  newId: () => string;
  exportedAt: Date;
}): AccountSnapshot {
  const keys = new Set([...data.routine.steps.map((s) => s.stretchKey), ...data.stretchSessions.map((s) => s.stretchKey)]);
  const stretchRows: SnapshotTables['stretches'] = STRETCH_CATALOG.filter((s) => keys.has(s.key)).map((s) => ({
    id: newId(),
    builtinKey: s.key,
    name: s.name,
    instructions: s.instructions,
    defaultHoldSeconds: s.defaultHoldSeconds,
    perSide: s.perSide,
  }));
  const stretchId = new Map(stretchRows.map((s) => [s.builtinKey!, s.id]));
  const idOf = (key: string) => {
    const id = stretchId.get(key);
    if (!id) throw new Error(`No catalog stretch "${key}"`);
    return id;
  };

  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt,
    account: { displayName, timeZone: data.timeZone },
    reportProfile: null,
    tables: {
      stretches: stretchRows,
      routines: [{ id: data.routine.id, name: data.routine.name }],
      routineSteps: data.routine.steps.map((s, position) => ({
        id: newId(),
        routineId: data.routine.id,
        position,
        stretchId: idOf(s.stretchKey),
        holdSeconds: s.holdSeconds,
        repetitions: s.repetitions,
        bothSides: s.bothSides,
      })),
      customFactors: [data.customFactor],
      medications: data.medications,
      experiments: experiments.map(({ pauses: _, adherence: __, ...plan }) => ({ ...plan, conditionA: `routine:${data.routine.id}` })),
      nightCheckins: data.checkins,
      episodes: data.episodes,
      stretchSessions: data.stretchSessions.map(({ stretchKey, ...s }) => ({ ...s, stretchId: idOf(stretchKey) })),
      dailyFactors: data.dailyFactors,
      customFactorValues: data.customFactorValues,
      medicationDoses: data.medicationDoses,
      irlsScores: data.irlsScores,
      experimentPauses: experiments.flatMap((e) => e.pauses.map((p) => ({ id: newId(), experimentId: e.id, fromNight: p.from, toNight: p.to }))),
      experimentAdherence: experiments.flatMap((e) => e.adherence.map((a) => ({ ...a, experimentId: e.id }))),
    },
  };
}
