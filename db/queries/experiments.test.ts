import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultOfPlan, scheduleOf, tonightOfPlan } from '@/lib/experiments/plan';
import { episodes, nightCheckins, routines, stretchSessions } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import {
  createExperiment,
  endExperiment,
  getActiveExperiment,
  getExperiment,
  isUsedByActiveExperiment,
  listExperiments,
  pauseExperiment,
  resumeExperiment,
  setExperimentAdherence,
  type NewExperiment,
} from './experiments';
import { listNightRecords } from './night-records';
import { createUser } from './users';

const tz = 'UTC';
const newUser = async () =>
  (await createUser({ account: { email: `x-${randomUUID()}@example.com`, passwordHash: 'x', displayName: 'X', timeZone: tz } }))!;

const plan = (routineId: string, startNight: string): NewExperiment => ({
  id: randomUUID(),
  conditionA: `routine:${routineId}`,
  conditionB: 'none',
  blockLength: 2,
  blockOrder: 'ABBA',
  washoutNights: 1,
  startNight,
  smallestDifference: 1,
});

describe.each(testDatabaseKinds)('experiments on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('keeps one active experiment per user, scoped to its owner, and a repeated create stores one', async () => {
    const user = await newUser();
    const other = await newUser();
    const routineId = randomUUID();
    await test.handle.db.insert(routines).values({ id: routineId, userId: user.id, name: 'Bedtime' });
    const first = plan(routineId, '2026-03-01');
    const created = await createExperiment({ userId: user.id, experiment: first, tonight: '2026-03-01' });
    expect('created' in created && created.created.status).toBe('running');
    expect(await createExperiment({ userId: user.id, experiment: first, tonight: '2026-03-01' })).toMatchObject({ created: { id: first.id } });
    expect(await createExperiment({ userId: user.id, experiment: plan(routineId, '2026-03-02'), tonight: '2026-03-01' })).toEqual({ refused: 'active_exists' });
    // Another user sending the same id gets nothing of it, and may run one of their own.
    expect(await createExperiment({ userId: other.id, experiment: first, tonight: '2026-03-01' })).toEqual({ refused: 'not_yours' });
    expect(await getExperiment({ userId: other.id, id: first.id, tonight: '2026-03-01' })).toBeUndefined();
    expect(await pauseExperiment({ userId: other.id, id: first.id, night: '2026-03-02' })).toBe(false);
    expect(await setExperimentAdherence({ userId: other.id, id: first.id, nightOf: '2026-03-01', adhered: true })).toBe(false);
    expect(await endExperiment({ userId: other.id, id: first.id, lastNight: '2026-03-01', how: 'abandoned' })).toBe(false);
    expect((await getActiveExperiment({ userId: user.id, tonight: '2026-03-01' }))?.id).toBe(first.id);
  });

  it('knows the routine an active experiment tests, until it has run its course', async () => {
    const user = await newUser();
    const routineId = randomUUID();
    await test.handle.db.insert(routines).values({ id: routineId, userId: user.id, name: 'Bedtime' });
    await createExperiment({ userId: user.id, experiment: plan(routineId, '2026-05-01'), tonight: '2026-05-01' });
    const uses = { routineId };
    expect(await isUsedByActiveExperiment({ userId: user.id, tonight: '2026-05-02', uses })).toBe(true);
    expect(await isUsedByActiveExperiment({ userId: user.id, tonight: '2026-05-02', uses: { routineId: randomUUID() } })).toBe(false);
    expect(await isUsedByActiveExperiment({ userId: (await newUser()).id, tonight: '2026-05-02', uses })).toBe(false);
    // Four blocks of two nights: finished (and settled) once the eighth night is past.
    expect(await isUsedByActiveExperiment({ userId: user.id, tonight: '2026-05-20', uses })).toBe(false);
  });

  it('shifts the schedule by a pause, marks washout nights and settles a finished experiment', async () => {
    const user = await newUser();
    const routineId = randomUUID();
    await test.handle.db.insert(routines).values({ id: routineId, userId: user.id, name: 'Bedtime' });
    const experiment = plan(routineId, '2026-04-01');
    await createExperiment({ userId: user.id, experiment, tonight: '2026-04-01' });
    expect(await pauseExperiment({ userId: user.id, id: experiment.id, night: '2026-04-03' })).toBe(true);
    const paused = await getExperiment({ userId: user.id, id: experiment.id, tonight: '2026-04-04' });
    expect(paused?.status).toBe('paused');
    // A running pause: the schedule stops before it.
    expect(scheduleOf(paused!).map((n) => n.nightOf)).toEqual(['2026-04-01', '2026-04-02']);
    expect(await resumeExperiment({ userId: user.id, id: experiment.id, night: '2026-04-05' })).toBe(true);
    const resumed = (await getExperiment({ userId: user.id, id: experiment.id, tonight: '2026-04-05' }))!;
    expect(resumed.pauses).toEqual([{ from: '2026-04-03', to: '2026-04-04' }]);
    const schedule = scheduleOf(resumed);
    expect(schedule.map((n) => `${n.nightOf}:${n.condition ?? '-'}${n.washout ? 'w' : ''}`)).toEqual([
      '2026-04-01:A',
      '2026-04-02:A',
      '2026-04-03:-',
      '2026-04-04:-',
      '2026-04-05:Bw',
      '2026-04-06:B',
      '2026-04-07:B',
      '2026-04-08:B',
      '2026-04-09:Aw',
      '2026-04-10:A',
    ]);
    expect(tonightOfPlan(resumed, '2026-04-06')?.arm).toEqual({ kind: 'none' });

    // Adherence from the log (a routine session on A nights, none on B), with one correction.
    const db = test.handle.db;
    for (const night of ['2026-04-01', '2026-04-02', '2026-04-09', '2026-04-10']) {
      await db.insert(stretchSessions).values({ id: randomUUID(), userId: user.id, nightOf: night, performedAt: new Date(`${night}T21:00:00Z`), context: 'before_bed', routineId });
    }
    for (const [night, severity] of [['2026-04-01', 3], ['2026-04-02', 2], ['2026-04-06', 6], ['2026-04-07', 7], ['2026-04-09', 2], ['2026-04-10', 1]] as const) {
      await db.insert(episodes).values({ id: randomUUID(), userId: user.id, nightOf: night, startedAt: new Date(`${night}T23:00:00Z`), endedAt: new Date(`${night}T23:30:00Z`), severity });
      await db.insert(nightCheckins).values({ id: randomUUID(), userId: user.id, nightOf: night, hadSymptoms: true });
    }
    expect(await setExperimentAdherence({ userId: user.id, id: experiment.id, nightOf: '2026-04-07', adhered: false })).toBe(true);

    // The day after the last night it is finished, and the next one may start.
    const finished = (await getExperiment({ userId: user.id, id: experiment.id, tonight: '2026-04-11' }))!;
    expect(finished).toMatchObject({ status: 'finished', endedOn: '2026-04-10', endedEarly: false });
    expect(await getActiveExperiment({ userId: user.id, tonight: '2026-04-11' })).toBeUndefined();

    const records = await listNightRecords({ userId: user.id, timeZone: tz, from: '2026-04-01', to: '2026-04-10' });
    const { result } = resultOfPlan(finished, records, '2026-04-11');
    expect(result.phase).toBe('final');
    // Washout: 04-05 and 04-09; 04-08 was never logged.
    expect(result.asScheduled.excluded).toEqual({ washout: 2, unknown: 1, non_adherent: 0, not_yet: 0 });
    expect(result.asScheduled.a).toMatchObject({ nights: 3, blocks: 2, meanSeverity: 2 });
    expect(result.asScheduled.b).toMatchObject({ nights: 2, blocks: 2, meanSeverity: 6.5 });
    expect(result.perProtocol.b.nights).toBe(1);
    expect(result.perProtocol.excluded.non_adherent).toBe(1);
    expect(result.adherence).toEqual({ known: 6, adherent: 5, share: 5 / 6 });

    const next = plan(routineId, '2026-04-12');
    expect(await createExperiment({ userId: user.id, experiment: next, tonight: '2026-04-12' })).toMatchObject({ created: { id: next.id } });
    expect((await listExperiments({ userId: user.id, tonight: '2026-04-12' })).map((e) => e.status)).toEqual(['running', 'finished']);
  });

  it('ends early with a caution, or abandons, and closes a running pause', async () => {
    const user = await newUser();
    const routineId = randomUUID();
    await test.handle.db.insert(routines).values({ id: routineId, userId: user.id, name: 'Bedtime' });
    const experiment = plan(routineId, '2026-05-01');
    await createExperiment({ userId: user.id, experiment, tonight: '2026-05-01' });
    await pauseExperiment({ userId: user.id, id: experiment.id, night: '2026-05-03' });
    expect(await endExperiment({ userId: user.id, id: experiment.id, lastNight: '2026-05-05', how: 'early' })).toBe(true);
    const ended = (await getExperiment({ userId: user.id, id: experiment.id, tonight: '2026-05-06' }))!;
    expect(ended).toMatchObject({ status: 'finished', endedEarly: true, endedOn: '2026-05-05', pauses: [{ from: '2026-05-03', to: '2026-05-05' }] });
    expect(resultOfPlan(ended, [], '2026-05-06').result).toMatchObject({ phase: 'final', endedEarly: true });
    expect(await endExperiment({ userId: user.id, id: experiment.id, lastNight: '2026-05-05', how: 'abandoned' })).toBe(false);

    const second = plan(routineId, '2026-05-07');
    await createExperiment({ userId: user.id, experiment: second, tonight: '2026-05-07' });
    expect(await endExperiment({ userId: user.id, id: second.id, lastNight: '2026-05-07', how: 'abandoned' })).toBe(true);
    expect((await getExperiment({ userId: user.id, id: second.id, tonight: '2026-05-08' }))?.status).toBe('abandoned');
  });
});
