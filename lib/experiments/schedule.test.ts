import { describe, expect, it } from 'vitest';
import { BALANCED_ORDERS, buildSchedule, conditionOn, drawOrder, isComplete, scheduleEnd } from './schedule';

describe('balanced orders', () => {
  it('offers ABBA, BAAB, ABAB and BABA for 4 blocks', () => {
    expect(BALANCED_ORDERS(4).map((o) => o.join('')).sort()).toEqual(['ABAB', 'ABBA', 'BAAB', 'BABA']);
  });
  it('keeps A and B equal, without runs of three or halves, for 8 blocks', () => {
    const orders = BALANCED_ORDERS(8);
    expect(orders.length).toBeGreaterThan(4);
    expect(orders.map((o) => o.join(''))).toContain('ABBABAAB');
    for (const order of orders) {
      expect(order.filter((arm) => arm === 'A')).toHaveLength(4);
      expect(order.join('')).not.toMatch(/AAA|BBB|^AAAA|^BBBB/);
    }
  });
  it('has none for odd or too few blocks, and draws among them', () => {
    expect(BALANCED_ORDERS(3)).toEqual([]);
    expect(BALANCED_ORDERS(0)).toEqual([]);
    expect(() => drawOrder(3, Math.random)).toThrow(RangeError);
    expect(drawOrder(4, () => 0)).toEqual(BALANCED_ORDERS(4)[0]);
    expect(drawOrder(4, () => 0.9999)).toEqual(BALANCED_ORDERS(4)[3]);
  });
});

describe('buildSchedule', () => {
  it('lays out blocks night by night with washout after each switch only', () => {
    const schedule = buildSchedule({ startNight: '2026-01-30', blockLength: 3, order: ['A', 'B', 'B', 'A'], washoutNights: 1 });
    expect(schedule).toHaveLength(12);
    expect(schedule.map((n) => n.condition).join('')).toBe('AAABBBBBBAAA');
    expect(schedule.filter((n) => n.washout).map((n) => n.nightOf)).toEqual(['2026-02-02', '2026-02-08']);
    expect(schedule[0]).toEqual({ nightOf: '2026-01-30', block: 0, condition: 'A', washout: false });
    expect(scheduleEnd(schedule)).toBe('2026-02-10');
    expect(conditionOn(schedule, '2026-02-05')?.block).toBe(2);
    expect(conditionOn(schedule, '2026-03-01')).toBeUndefined();
  });
  it('shifts the rest of the schedule later by a pause', () => {
    const schedule = buildSchedule({
      startNight: '2026-01-01',
      blockLength: 2,
      order: ['A', 'B'],
      washoutNights: 1,
      pauses: [{ from: '2026-01-02', to: '2026-01-03' }],
    });
    expect(schedule.map((n) => [n.nightOf, n.condition, n.washout])).toEqual([
      ['2026-01-01', 'A', false],
      ['2026-01-02', null, false],
      ['2026-01-03', null, false],
      ['2026-01-04', 'A', false],
      ['2026-01-05', 'B', true],
      ['2026-01-06', 'B', false],
    ]);
    expect(schedule[1]?.block).toBeNull();
  });
  it('stops at a pause still running', () => {
    const input = { startNight: '2026-01-01', blockLength: 2, order: ['A', 'B'] as const, washoutNights: 1 };
    const schedule = buildSchedule({ ...input, order: [...input.order], pauses: [{ from: '2026-01-03', to: null }] });
    expect(schedule).toHaveLength(2);
    expect(isComplete(schedule, { blockLength: 2, order: ['A', 'B'] })).toBe(false);
  });
  it('never washes out a whole block and refuses a block length of 0', () => {
    const schedule = buildSchedule({ startNight: '2026-01-01', blockLength: 2, order: ['A', 'B'], washoutNights: 5 });
    expect(schedule.filter((n) => n.washout)).toHaveLength(1);
    expect(() => buildSchedule({ startNight: '2026-01-01', blockLength: 0, order: ['A', 'B'], washoutNights: 0 })).toThrow(RangeError);
  });
});
