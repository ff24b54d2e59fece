import 'server-only';
import { factorLinks, linkFactors, type FactorLink } from '@/lib/insights/factor-links';
import type { CalendarDate } from '@/lib/nights';
import { cachedAnalysis } from './analysis-cache';
import { listCustomFactors } from './factors';
import { getFirstLoggedNight, listNightRecords } from './night-records';
import { listRoutines } from './stretches';

/**
 * What's linked over the user's whole history up to `lastNight`. Reading five years of nights is
 * most of the page's time, so the result is kept until the user's data changes (or the night or
 * the time zone does).
 */
export async function loadFactorLinks({ userId, timeZone, lastNight }: { userId: string; timeZone: string; lastNight: CalendarDate }): Promise<FactorLink[]> {
  return cachedAnalysis({
    userId,
    kind: 'factor-links',
    inputs: `${lastNight} ${timeZone}`,
    compute: async () => {
      const [firstNight, custom, routines] = await Promise.all([
        getFirstLoggedNight({ userId }),
        listCustomFactors({ userId }),
        listRoutines({ userId }),
      ]);
      const nights = firstNight === null ? [] : await listNightRecords({ userId, timeZone, from: firstNight, to: lastNight, include: { factors: true } });
      return factorLinks(nights, linkFactors({ custom, routines }));
    },
  });
}
