import 'server-only';
import { headers } from 'next/headers';
import { loadReport } from '@/db/queries/report';
import type { OpenedShare } from '@/db/queries/share-links';
import { localDateOf } from '@/lib/nights';
import { resolvePeriod, weekStartFromAcceptLanguage } from '@/lib/trends';
import { ALL_SECTIONS } from './sections';

/** The report a share link opens: its owner's, for its period, every section. */
export async function loadSharedReport(share: OpenedShare) {
  const language = (await headers()).get('accept-language');
  const { owner, period } = share;
  return loadReport({
    userId: owner.id,
    displayName: owner.displayName,
    timeZone: owner.timeZone,
    period: resolvePeriod({ key: 'custom', ...period }, { lastNight: period.to, firstNight: null }),
    sections: ALL_SECTIONS,
    weekStartsOn: weekStartFromAcceptLanguage(language),
    today: localDateOf(new Date(), owner.timeZone),
  });
}
