import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatHold,
  routineInputSchema,
  stretchInputSchema,
  stretchSessionInputSchema,
} from './stretches';

const messagesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.map(String).join('.'), i.message]));

const stretch = { id: randomUUID(), name: 'Ankle circles', instructions: 'Slowly.', defaultHoldSeconds: 20, perSide: true };
const step = { stretchId: randomUUID(), holdSeconds: 30, repetitions: 2, bothSides: true };

describe('stretchInputSchema', () => {
  it('accepts a custom stretch and trims its text', () => {
    const r = stretchInputSchema.parse({ ...stretch, name: '  Ankle circles ', defaultHoldSeconds: '45' });
    expect(r).toMatchObject({ name: 'Ankle circles', defaultHoldSeconds: 45 });
  });

  it.each([0, 1801, -3, 2.5, '', 'abc'])('refuses a hold of %j', (hold) => {
    const r = stretchInputSchema.safeParse({ ...stretch, defaultHoldSeconds: hold });
    expect(messagesOf(r)).toEqual({ defaultHoldSeconds: 'Hold for 1 second to 30 minutes' });
  });

  it('allows the shortest and longest holds', () => {
    expect(stretchInputSchema.safeParse({ ...stretch, defaultHoldSeconds: 1 }).success).toBe(true);
    expect(stretchInputSchema.safeParse({ ...stretch, defaultHoldSeconds: 1800 }).success).toBe(true);
  });

  it('limits name and instructions', () => {
    const r = stretchInputSchema.safeParse({ ...stretch, name: ' ', instructions: 'x'.repeat(1001) });
    expect(messagesOf(r)).toEqual({
      name: 'Enter a name for the stretch',
      instructions: 'Keep instructions under 1000 characters',
    });
    expect(messagesOf(stretchInputSchema.safeParse({ ...stretch, name: 'n'.repeat(81) }))).toEqual({
      name: 'Use at most 80 characters',
    });
  });

  it('needs a client id', () => {
    expect(Object.keys(messagesOf(stretchInputSchema.safeParse({ ...stretch, id: 'x' })))).toEqual(['id']);
  });
});

describe('routineInputSchema', () => {
  const routine = { id: randomUUID(), name: 'Bedtime', steps: [step] };

  it('accepts a routine', () => {
    expect(routineInputSchema.parse(routine).steps).toHaveLength(1);
  });

  it('needs at least one step', () => {
    expect(messagesOf(routineInputSchema.safeParse({ ...routine, steps: [] }))).toEqual({
      steps: 'Add at least one stretch',
    });
  });

  it('limits the name to 1–80 characters', () => {
    expect(messagesOf(routineInputSchema.safeParse({ ...routine, name: '  ' }))).toEqual({
      name: 'Give the routine a name',
    });
    expect(routineInputSchema.safeParse({ ...routine, name: 'r'.repeat(80) }).success).toBe(true);
    expect(messagesOf(routineInputSchema.safeParse({ ...routine, name: 'r'.repeat(81) }))).toEqual({
      name: 'Use at most 80 characters',
    });
  });

  it('names the bad field of the bad step', () => {
    const r = routineInputSchema.safeParse({
      ...routine,
      steps: [step, { ...step, holdSeconds: 0, repetitions: 21, stretchId: '' }],
    });
    expect(messagesOf(r)).toEqual({
      'steps.1.stretchId': 'Choose a stretch',
      'steps.1.holdSeconds': 'Hold for 1 second to 30 minutes',
      'steps.1.repetitions': 'Repeat 1 to 20 times',
    });
  });

  it('allows 1 to 20 repetitions', () => {
    for (const repetitions of [1, 20]) {
      expect(routineInputSchema.safeParse({ ...routine, steps: [{ ...step, repetitions }] }).success).toBe(true);
    }
    expect(routineInputSchema.safeParse({ ...routine, steps: [{ ...step, repetitions: 0 }] }).success).toBe(false);
  });
});

describe('stretchSessionInputSchema', () => {
  const session = { id: randomUUID(), stretchId: randomUUID(), context: 'before_bed' };

  it('accepts a quick log with defaults', () => {
    expect(stretchSessionInputSchema.parse(session)).toMatchObject({ sides: 'both', partial: false });
  });

  it('treats empty optional fields as absent', () => {
    const r = stretchSessionInputSchema.parse({
      ...session,
      holdSeconds: '',
      repetitions: '',
      totalMinutes: '',
      performedAt: '',
      routineId: null,
    });
    expect(r.holdSeconds).toBeUndefined();
    expect(r.repetitions).toBeUndefined();
    expect(r.totalMinutes).toBeUndefined();
    expect(r.performedAt).toBeUndefined();
  });

  it('needs exactly one of a stretch or a routine', () => {
    expect(messagesOf(stretchSessionInputSchema.safeParse({ ...session, stretchId: undefined }))).toEqual({
      stretchId: 'Choose a stretch or a routine',
    });
    expect(
      messagesOf(stretchSessionInputSchema.safeParse({ ...session, routineId: randomUUID() })),
    ).toEqual({ stretchId: 'Choose a stretch or a routine' });
  });

  it('refuses a bad context, hold, repetitions, minutes and time', () => {
    const r = stretchSessionInputSchema.safeParse({
      ...session,
      context: 'at_work',
      holdSeconds: 1860,
      repetitions: 0,
      totalMinutes: 601,
      performedAt: '22:00',
    });
    expect(messagesOf(r)).toEqual({
      context: 'Choose when you stretched',
      holdSeconds: 'Hold for 1 second to 30 minutes',
      repetitions: 'Repeat 1 to 20 times',
      totalMinutes: 'Enter 0 to 600 minutes',
      performedAt: 'Enter a date and time',
    });
  });
});

describe('stretchSessionInputSchema: the time of a one-tap log', () => {
  const session = { id: randomUUID(), stretchId: randomUUID(), context: 'during_episode' };

  it('takes the device time of the tap, and leaves it out when not sent', () => {
    const tappedAt = new Date(Date.now() - 3 * 3600_000);
    expect(stretchSessionInputSchema.parse({ ...session, tappedAt: tappedAt.toISOString() }).tappedAt).toEqual(tappedAt);
    expect(stretchSessionInputSchema.parse(session).tappedAt).toBeUndefined();
  });

  it('reads a tap time ahead of the server (a fast device clock) as now, so the tap is not lost', () => {
    const before = Date.now();
    const parsed = stretchSessionInputSchema.parse({ ...session, tappedAt: new Date(before + 10 * 60_000).toISOString() });
    expect(parsed.tappedAt!.getTime()).toBeGreaterThanOrEqual(before);
    expect(parsed.tappedAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe('formatHold', () => {
  it('reads naturally', () => {
    expect(formatHold(30)).toBe('30 s');
    expect(formatHold(300)).toBe('5 min');
    expect(formatHold(90)).toBe('1 min 30 s');
  });
});
