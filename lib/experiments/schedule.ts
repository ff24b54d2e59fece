import { addDays, type CalendarDate } from '../nights/calendar-date';

export type Arm = 'A' | 'B';

export type ScheduledNight = {
  nightOf: CalendarDate;
  /** 0-based block index; null on a paused night */
  block: number | null;
  /** null: paused */
  condition: Arm | null;
  /** one of the first nights of a block after a switch of condition: kept to, not analysed */
  washout: boolean;
};

/** Inclusive; `to: null` is a pause still running. */
export type Pause = { from: CalendarDate; to: CalendarDate | null };

export type ScheduleInput = {
  startNight: CalendarDate;
  blockLength: number;
  order: readonly Arm[];
  washoutNights: number;
  pauses?: readonly Pause[];
};

export const DEFAULT_BLOCK_LENGTH = 7;
export const DEFAULT_BLOCK_COUNT = 4;
export const DEFAULT_WASHOUT_NIGHTS = 1;

/** Every order of `blockCount` blocks with as many A as B blocks (ABBA, BAAB, ABAB, BABA, AABB, BBAA for 4). */
export function balancedOrders(blockCount: number): Arm[][] {
  if (!Number.isInteger(blockCount) || blockCount < 2 || blockCount % 2 !== 0 || blockCount > 16) return [];
  const half = blockCount / 2;
  const orders: Arm[][] = [];
  const walk = (prefix: Arm[], as: number, bs: number): void => {
    if (prefix.length === blockCount) {
      orders.push(prefix);
      return;
    }
    if (as < half) walk([...prefix, 'A'], as + 1, bs);
    if (bs < half) walk([...prefix, 'B'], as, bs + 1);
  };
  walk([], 0, 0);
  // Orders with the condition switching often come first: they spread slow drifts over both arms.
  return orders.sort((x, y) => switches(y) - switches(x) || x.join('').localeCompare(y.join('')));
}

function switches(order: readonly Arm[]): number {
  return order.reduce((count, arm, i) => (i > 0 && arm !== order[i - 1] ? count + 1 : count), 0);
}

/**
 * The orders an experiment draws from: for 4 blocks ABBA, BAAB, ABAB, BABA (AABB and BBAA put one
 * condition entirely in the first half, where a trend would pass for an effect); for more blocks
 * every balanced order without a run of three blocks of one condition.
 */
export function BALANCED_ORDERS(blockCount: number): Arm[][] {
  return balancedOrders(blockCount).filter((order) => !/AAA|BBB/.test(order.join('')) && !isHalves(order));
}

function isHalves(order: readonly Arm[]): boolean {
  const half = order.length / 2;
  return order.length > 2 && order.slice(0, half).every((arm) => arm === order[0]);
}

/** One balanced order drawn at random; `random` returns [0, 1). */
export function drawOrder(blockCount: number, random: () => number): Arm[] {
  const orders = BALANCED_ORDERS(blockCount);
  if (orders.length === 0) throw new RangeError(`No balanced order for ${blockCount} blocks`);
  const index = Math.min(orders.length - 1, Math.floor(random() * orders.length));
  return [...(orders[index] as Arm[])];
}

/**
 * The experiment night by night. A pause shifts the rest of the schedule later by its length; a
 * pause still running ends the list at its first night (what follows is not scheduled yet).
 */
export function buildSchedule(input: ScheduleInput): ScheduledNight[] {
  const { startNight, blockLength, order, washoutNights } = input;
  if (!Number.isInteger(blockLength) || blockLength < 1) throw new RangeError('blockLength must be a whole number ≥ 1');
  const washout = Math.max(0, Math.min(Math.floor(washoutNights), blockLength - 1));
  const pauses = [...(input.pauses ?? [])].sort((x, y) => x.from.localeCompare(y.from));
  const nights: ScheduledNight[] = [];
  let night = startNight;
  const total = blockLength * order.length;
  let placed = 0;
  let guard = 0;
  while (placed < total) {
    if (++guard > 100_000) throw new RangeError('Schedule too long');
    const pause = pauses.find((p) => p.from <= night && (p.to === null || night <= p.to));
    if (pause) {
      if (pause.to === null) return nights;
      nights.push({ nightOf: night, block: null, condition: null, washout: false });
    } else {
      const block = Math.floor(placed / blockLength);
      const arm = order[block] as Arm;
      const switched = block > 0 && order[block - 1] !== arm;
      nights.push({ nightOf: night, block, condition: arm, washout: switched && placed % blockLength < washout });
      placed++;
    }
    night = addDays(night, 1);
  }
  return nights;
}

export function conditionOn(schedule: readonly ScheduledNight[], night: CalendarDate): ScheduledNight | undefined {
  return schedule.find((entry) => entry.nightOf === night);
}

/** The last scheduled night; undefined for an empty schedule. */
export function scheduleEnd(schedule: readonly ScheduledNight[]): CalendarDate | undefined {
  return schedule.at(-1)?.nightOf;
}

/** Whether every night was placed (false while a pause is still running). */
export function isComplete(schedule: readonly ScheduledNight[], input: Pick<ScheduleInput, 'blockLength' | 'order'>): boolean {
  return schedule.filter((n) => n.condition !== null).length === input.blockLength * input.order.length;
}
