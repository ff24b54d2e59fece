import { median, ms } from './lib';

/** Times each trends query for one user; filled in with the queries of db/queries/trends.ts. */
export async function timeTrendsQueries(userId: string): Promise<void> {
  void userId;
  void median;
  void ms;
  console.log('  (trends queries not written yet)');
}
