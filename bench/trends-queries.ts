import {
  getFirstLoggedNight,
  listCheckinNights,
  listCustomValueRows,
  listEpisodeNights,
  listFactorDayRecords,
  listNightRecords,
  listStretchNights,
} from '../db/queries/night-records';
import { addDays } from '../lib/nights';
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
  console.log(`  ${label.padEnd(42)} median ${ms(median(times)).padStart(9)}`);
}

/** Times each trends query over the user's whole history ("all"), as the Trends page runs them. */
export async function timeTrendsQueries(userId: string, timeZone: string, lastNight: string): Promise<void> {
  const from = (await getFirstLoggedNight({ userId })) ?? addDays(lastNight, -365);
  const range = { userId, from, to: lastNight };
  await timeIt('first logged night', () => getFirstLoggedNight({ userId }));
  await timeIt('episodes per night (worst, onset)', () => listEpisodeNights({ ...range, timeZone }));
  await timeIt('check-ins and sleep per night', () => listCheckinNights(range));
  await timeIt('stretching per night (before bed, routines)', () => listStretchNights(range));
  await timeIt('day factors (built-in)', () => listFactorDayRecords(range));
  await timeIt('day factors (custom values)', () => listCustomValueRows(range));
  await timeIt('listNightRecords (as Trends reads it)', () => listNightRecords({ ...range, timeZone }));
  await timeIt('listNightRecords (with factors, overlay)', () =>
    listNightRecords({ ...range, timeZone, include: { factors: true } }),
  );
}
