import {
  getFirstLoggedNight,
  getTrendNights,
  listBeforeBedStretchNights,
  listCheckinNights,
  listEpisodeNights,
  listFactorDays,
} from '../db/queries/trends';
import { addDays } from '../lib/nights';
import { builtInOverlayFactors } from '../lib/trends/factors';
import { median, ms } from './lib';

const RUNS = 20;

async function timeIt(label: string, fn: () => Promise<unknown>) {
  await fn(); // first run warms the connection and plans
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(34)} median ${ms(median(times)).padStart(9)}`);
}

/** Times each trends query over the user's whole history ("all"), as the Trends page runs them. */
export async function timeTrendsQueries(userId: string, timeZone: string, lastNight: string): Promise<void> {
  const from = (await getFirstLoggedNight({ userId })) ?? addDays(lastNight, -365);
  const range = { userId, from, to: lastNight };
  const caffeine = builtInOverlayFactors().find((f) => f.key === 'late_caffeine')!;
  await timeIt('first logged night', () => getFirstLoggedNight({ userId }));
  await timeIt('episodes per night (worst, onset)', () => listEpisodeNights({ ...range, timeZone }));
  await timeIt('check-ins and sleep per night', () => listCheckinNights(range));
  await timeIt('before-bed stretching nights', () => listBeforeBedStretchNights(range));
  await timeIt('factor overlay (late caffeine)', () => listFactorDays({ ...range, factor: caffeine }));
  await timeIt('getTrendNights (all, with overlay)', () => getTrendNights({ ...range, timeZone, factor: caffeine }));
}
