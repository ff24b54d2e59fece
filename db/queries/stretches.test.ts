import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nightOf } from '@/lib/nights';
import { routineSteps, routines, stretchSessions, users } from '../schema';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../testing/databases';
import {
  archiveStretch,
  deleteRoutine,
  deleteStretchSession,
  getRoutine,
  listRoutines,
  listStretchSessions,
  listStretches,
  logStretchSession,
  saveRoutine,
  saveStretch,
  type StretchItem,
} from './stretches';
import { createUser } from './users';

const TZ = 'Europe/Berlin';

async function newUser() {
  const user = await createUser({
    account: { email: `st-${randomUUID()}@example.com`, passwordHash: 'h', displayName: 'Sam', timeZone: TZ },
  });
  return user!;
}

const byName = (list: StretchItem[], part: string) => list.find((s) => s.name.includes(part))!;

describe.each(testDatabaseKinds)('stretch queries on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(async () => test?.dispose());

  it('lists the built-in catalog, adds a custom stretch once, edits and hides it', async () => {
    const user = await newUser();
    const catalog = await listStretches({ userId: user.id });
    expect(catalog).toHaveLength(7);
    expect(catalog.every((s) => s.builtin && !s.archived)).toBe(true);

    const custom = { id: randomUUID(), name: 'Ankle circles', instructions: 'Slowly', defaultHoldSeconds: 20, perSide: true };
    await saveStretch({ userId: user.id, stretch: custom });
    await saveStretch({ userId: user.id, stretch: custom });
    let all = await listStretches({ userId: user.id });
    expect(all).toHaveLength(8);
    expect(all.at(-1)).toMatchObject({ name: 'Ankle circles', builtin: false });

    await saveStretch({ userId: user.id, stretch: { ...custom, name: 'Ankle rolls', defaultHoldSeconds: 40 } });
    await archiveStretch({ userId: user.id, stretchId: custom.id, archived: true });
    all = await listStretches({ userId: user.id });
    expect(all.find((s) => s.id === custom.id)).toMatchObject({ name: 'Ankle rolls', defaultHoldSeconds: 40, archived: true });
    expect((await listStretches({ userId: user.id, includeArchived: false })).map((s) => s.id)).not.toContain(custom.id);
  });

  it("refuses to edit or hide another user's stretch", async () => {
    const owner = await newUser();
    const other = await newUser();
    const calf = byName(await listStretches({ userId: owner.id }), 'Calf');
    expect(
      await saveStretch({ userId: other.id, stretch: { ...calf, name: 'Hijacked' } }),
    ).toBeUndefined();
    expect(await archiveStretch({ userId: other.id, stretchId: calf.id, archived: true })).toBeUndefined();
    expect(byName(await listStretches({ userId: owner.id }), 'Calf')).toEqual(calf);
  });

  it('saves a routine with ordered steps and stretch names, then replaces its steps', async () => {
    const user = await newUser();
    const list = await listStretches({ userId: user.id });
    const [calf, ham, quad] = [byName(list, 'Calf'), byName(list, 'hamstring'), byName(list, 'quadriceps')];
    const id = randomUUID();
    const saved = await saveRoutine({
      userId: user.id,
      routine: {
        id,
        name: 'Bedtime',
        steps: [
          { stretchId: calf.id, holdSeconds: 30, repetitions: 2, bothSides: true },
          { stretchId: ham.id, holdSeconds: 15, repetitions: 2, bothSides: true },
          { stretchId: quad.id, holdSeconds: 30, repetitions: 2, bothSides: false },
        ],
      },
    });
    expect(saved?.steps.map((s) => [s.position, s.stretchName, s.holdSeconds])).toEqual([
      [0, calf.name, 30],
      [1, ham.name, 15],
      [2, quad.name, 30],
    ]);

    const edited = await saveRoutine({
      userId: user.id,
      routine: { id, name: 'Bedtime (short)', steps: [{ stretchId: quad.id, holdSeconds: 20, repetitions: 1, bothSides: true }] },
    });
    expect(edited).toMatchObject({ name: 'Bedtime (short)', steps: [{ stretchName: quad.name, holdSeconds: 20 }] });
    expect(await listRoutines({ userId: user.id })).toEqual([edited]);
  });

  it("rolls the whole save back when a step uses another user's stretch", async () => {
    const user = await newUser();
    const stranger = await newUser();
    const calf = byName(await listStretches({ userId: user.id }), 'Calf');
    const foreign = byName(await listStretches({ userId: stranger.id }), 'Calf');
    const id = randomUUID();
    const original = await saveRoutine({
      userId: user.id,
      routine: { id, name: 'Evening', steps: [{ stretchId: calf.id, holdSeconds: 30, repetitions: 1, bothSides: true }] },
    });

    const result = await saveRoutine({
      userId: user.id,
      routine: {
        id,
        name: 'Evening renamed',
        steps: [
          { stretchId: calf.id, holdSeconds: 45, repetitions: 3, bothSides: true },
          { stretchId: foreign.id, holdSeconds: 30, repetitions: 1, bothSides: true },
        ],
      },
    });
    expect(result).toBeUndefined();
    expect(await getRoutine({ userId: user.id, routineId: id })).toEqual(original);

    // A brand-new routine leaves no row behind either.
    const fresh = randomUUID();
    expect(
      await saveRoutine({
        userId: user.id,
        routine: { id: fresh, name: 'Never', steps: [{ stretchId: foreign.id, holdSeconds: 10, repetitions: 1, bothSides: false }] },
      }),
    ).toBeUndefined();
    expect(await test.handle.db.select().from(routines).where(eq(routines.id, fresh))).toHaveLength(0);
  });

  it('the database itself refuses a step pointing at another user’s stretch', async () => {
    const user = await newUser();
    const stranger = await newUser();
    const foreign = byName(await listStretches({ userId: stranger.id }), 'Calf');
    const routine = await saveRoutine({
      userId: user.id,
      routine: {
        id: randomUUID(),
        name: 'Mine',
        steps: [{ stretchId: byName(await listStretches({ userId: user.id }), 'Calf').id, holdSeconds: 5, repetitions: 1, bothSides: true }],
      },
    });
    await expect(
      test.handle.db
        .insert(routineSteps)
        .values({ userId: user.id, routineId: routine!.id, position: 9, stretchId: foreign.id, holdSeconds: 5 }),
    ).rejects.toThrow();
  });

  it('the database itself refuses a session naming another user’s stretch or routine', async () => {
    const user = await newUser();
    const stranger = await newUser();
    const foreignCalf = byName(await listStretches({ userId: stranger.id }), 'Calf');
    const foreignRoutine = await saveRoutine({
      userId: stranger.id,
      routine: { id: randomUUID(), name: 'Theirs', steps: [{ stretchId: foreignCalf.id, holdSeconds: 5, repetitions: 1, bothSides: true }] },
    });
    const base = { userId: user.id, nightOf: '2025-03-10', performedAt: new Date('2025-03-10T20:00:00Z'), context: 'other' };
    await expect(test.handle.db.insert(stretchSessions).values({ ...base, id: randomUUID(), stretchId: foreignCalf.id })).rejects.toThrow();
    await expect(
      test.handle.db.insert(stretchSessions).values({ ...base, id: randomUUID(), routineId: foreignRoutine!.id }),
    ).rejects.toThrow();
    const own = byName(await listStretches({ userId: user.id }), 'Calf');
    await test.handle.db.insert(stretchSessions).values({ ...base, id: randomUUID(), stretchId: own.id });
    expect(await test.handle.db.select().from(stretchSessions).where(eq(stretchSessions.userId, user.id))).toHaveLength(1);
  });

  it('keeps a session of an archived stretch, and deleting the account removes sessions, routines and stretches', async () => {
    const user = await newUser();
    const calf = byName(await listStretches({ userId: user.id }), 'Calf');
    const routine = await saveRoutine({
      userId: user.id,
      routine: { id: randomUUID(), name: 'Both', steps: [{ stretchId: calf.id, holdSeconds: 30, repetitions: 1, bothSides: true }] },
    });
    const performedAt = new Date('2025-06-03T20:00:00Z');
    const session = { nightOf: '2025-06-03', performedAt, sides: 'both', context: 'before_bed', partial: false };
    await logStretchSession({ userId: user.id, session: { ...session, id: randomUUID(), stretchId: calf.id } });
    await logStretchSession({ userId: user.id, session: { ...session, id: randomUUID(), routineId: routine!.id } });
    await archiveStretch({ userId: user.id, stretchId: calf.id, archived: true });
    const listed = await listStretchSessions({ userId: user.id, from: '2025-06-03', to: '2025-06-03' });
    expect(listed.map((s) => s.stretchName ?? s.routineName).sort()).toEqual(['Both', calf.name].sort());

    await test.handle.db.delete(users).where(eq(users.id, user.id));
    expect(await test.handle.db.select().from(stretchSessions).where(eq(stretchSessions.userId, user.id))).toHaveLength(0);
    expect(await test.handle.db.select().from(routines).where(eq(routines.userId, user.id))).toHaveLength(0);
  });

  it("keeps routines private: another user's routine id is not found", async () => {
    const owner = await newUser();
    const other = await newUser();
    const calf = byName(await listStretches({ userId: owner.id }), 'Calf');
    const otherCalf = byName(await listStretches({ userId: other.id }), 'Calf');
    const id = randomUUID();
    await saveRoutine({
      userId: owner.id,
      routine: { id, name: 'Private', steps: [{ stretchId: calf.id, holdSeconds: 30, repetitions: 1, bothSides: true }] },
    });

    expect(await getRoutine({ userId: other.id, routineId: id })).toBeUndefined();
    expect(await listRoutines({ userId: other.id })).toEqual([]);
    expect(await deleteRoutine({ userId: other.id, routineId: id })).toBe(false);
    expect(
      await saveRoutine({
        userId: other.id,
        routine: { id, name: 'Taken over', steps: [{ stretchId: otherCalf.id, holdSeconds: 30, repetitions: 1, bothSides: true }] },
      }),
    ).toBeUndefined();
    expect(await getRoutine({ userId: owner.id, routineId: id })).toMatchObject({ name: 'Private', steps: [{ stretchId: calf.id }] });

    expect(await deleteRoutine({ userId: owner.id, routineId: id })).toBe(true);
    expect(await getRoutine({ userId: owner.id, routineId: id })).toBeUndefined();
    const leftSteps = await test.handle.db.select().from(routineSteps).where(eq(routineSteps.routineId, id));
    expect(leftSteps).toHaveLength(0);
  });

  it('logs a session once however often it is sent', async () => {
    const user = await newUser();
    const calf = byName(await listStretches({ userId: user.id }), 'Calf');
    const performedAt = new Date('2025-03-10T20:30:00Z');
    const session = {
      id: randomUUID(),
      nightOf: nightOf(performedAt, TZ),
      performedAt,
      stretchId: calf.id,
      sides: 'both',
      holdSeconds: 30,
      repetitions: 2,
      context: 'before_bed',
      partial: false,
    };
    const first = await logStretchSession({ userId: user.id, session });
    const again = await logStretchSession({ userId: user.id, session });
    expect(again).toEqual(first);
    expect(first).toMatchObject({ stretchName: calf.name, nightOf: '2025-03-10', performedAt: performedAt.toISOString() });
    const rows = await test.handle.db.select().from(stretchSessions).where(eq(stretchSessions.userId, user.id));
    expect(rows).toHaveLength(1);

    const stranger = await newUser();
    expect(await logStretchSession({ userId: stranger.id, session: { ...session, stretchId: null, routineId: null } })).toBeUndefined();
  });

  it("refuses a session with another user's stretch or routine", async () => {
    const user = await newUser();
    const stranger = await newUser();
    const foreignCalf = byName(await listStretches({ userId: stranger.id }), 'Calf');
    const foreignRoutine = await saveRoutine({
      userId: stranger.id,
      routine: { id: randomUUID(), name: 'Theirs', steps: [{ stretchId: foreignCalf.id, holdSeconds: 5, repetitions: 1, bothSides: true }] },
    });
    const base = { nightOf: '2025-03-10', performedAt: new Date('2025-03-10T20:00:00Z'), sides: 'both', context: 'other', partial: false };
    expect(await logStretchSession({ userId: user.id, session: { ...base, id: randomUUID(), stretchId: foreignCalf.id } })).toBeUndefined();
    expect(
      await logStretchSession({ userId: user.id, session: { ...base, id: randomUUID(), routineId: foreignRoutine!.id } }),
    ).toBeUndefined();
    expect(await test.handle.db.select().from(stretchSessions).where(eq(stretchSessions.userId, user.id))).toHaveLength(0);
  });

  it('attributes an evening and an after-midnight session to the same night', async () => {
    const user = await newUser();
    const walk = byName(await listStretches({ userId: user.id }), 'Walking');
    // 23:10 and 01:40 Berlin time (UTC+1 in January).
    const evening = new Date('2025-01-14T22:10:00Z');
    const night = new Date('2025-01-15T00:40:00Z');
    const nextEvening = new Date('2025-01-15T19:00:00Z');
    for (const performedAt of [evening, night, nextEvening]) {
      await logStretchSession({
        userId: user.id,
        session: {
          id: randomUUID(),
          nightOf: nightOf(performedAt, TZ),
          performedAt,
          stretchId: walk.id,
          sides: 'none',
          totalMinutes: 10,
          context: 'during_episode',
          partial: false,
        },
      });
    }
    const the14th = await listStretchSessions({ userId: user.id, from: '2025-01-14', to: '2025-01-14' });
    expect(the14th.map((s) => s.performedAt)).toEqual([night.toISOString(), evening.toISOString()]);
    expect(the14th.every((s) => s.nightOf === '2025-01-14')).toBe(true);
    const both = await listStretchSessions({ userId: user.id, from: '2025-01-14', to: '2025-01-15' });
    expect(both.map((s) => s.nightOf)).toEqual(['2025-01-15', '2025-01-14', '2025-01-14']);
  });

  it('logs a partial routine session and keeps it when the routine is deleted', async () => {
    const user = await newUser();
    const calf = byName(await listStretches({ userId: user.id }), 'Calf');
    const routine = await saveRoutine({
      userId: user.id,
      routine: { id: randomUUID(), name: 'Quick', steps: [{ stretchId: calf.id, holdSeconds: 30, repetitions: 1, bothSides: true }] },
    });
    const performedAt = new Date('2025-06-01T20:00:00Z');
    const logged = await logStretchSession({
      userId: user.id,
      session: {
        id: randomUUID(),
        nightOf: nightOf(performedAt, TZ),
        performedAt,
        routineId: routine!.id,
        sides: 'both',
        totalMinutes: 0.4,
        context: 'before_bed',
        partial: true,
      },
    });
    expect(logged).toMatchObject({ routineName: 'Quick', partial: true, totalMinutes: 0.4, stretchName: null });

    await deleteRoutine({ userId: user.id, routineId: routine!.id });
    const [kept] = await listStretchSessions({ userId: user.id, from: '2025-06-01', to: '2025-06-01' });
    expect(kept).toMatchObject({ id: logged!.id, routineId: null, routineName: null, partial: true });
  });

  it('deletes only the user’s own sessions', async () => {
    const user = await newUser();
    const other = await newUser();
    const arms = byName(await listStretches({ userId: user.id }), 'Arm');
    const performedAt = new Date('2025-06-02T20:00:00Z');
    const s = await logStretchSession({
      userId: user.id,
      session: { id: randomUUID(), nightOf: '2025-06-02', performedAt, stretchId: arms.id, sides: 'left', context: 'other', partial: false },
    });
    expect(await deleteStretchSession({ userId: other.id, sessionId: s!.id })).toBe(false);
    expect(await deleteStretchSession({ userId: user.id, sessionId: s!.id })).toBe(true);
    const left = await test.handle.db
      .select()
      .from(stretchSessions)
      .where(and(eq(stretchSessions.userId, user.id), eq(stretchSessions.id, s!.id)));
    expect(left).toHaveLength(0);
  });
});
