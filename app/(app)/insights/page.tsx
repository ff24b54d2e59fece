import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { listCustomFactors } from '@/db/queries/factors';
import { getFirstLoggedNight, listNightRecords } from '@/db/queries/night-records';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import { lastNightOf } from '@/lib/nights';
import {
  buildTrendsView,
  builtInOverlayFactors,
  customOverlayFactor,
  resolvePeriod,
  trendsReadRange,
  weekStartFromAcceptLanguage,
} from '@/lib/trends';
import { parseTrendsSearch } from '@/lib/validation/trends';
import { FactorPicker } from './factor-picker';
import { Headline } from './headline';
import { PeriodPicker } from './period-picker';
import { TrendCharts } from './trend-charts';

export const metadata: Metadata = { title: 'Insights' };

export default async function InsightsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const [params, requestHeaders] = await Promise.all([searchParams, headers()]);
  const lastNight = lastNightOf(new Date(), user.timeZone);
  const search = parseTrendsSearch(params, lastNight);
  const [firstNight, customFactors] = await Promise.all([
    getFirstLoggedNight({ userId: user.id }),
    listCustomFactors({ userId: user.id }),
  ]);

  if (firstNight === null) return <EmptyState />;

  const weekStartsOn = weekStartFromAcceptLanguage(requestHeaders.get('accept-language'));
  const period = resolvePeriod(search.choice, { lastNight, firstNight });
  const factorOptions = {
    builtIn: builtInOverlayFactors(),
    custom: customFactors.map((f) => customOverlayFactor(f)),
  };
  const overlay = [...factorOptions.builtIn, ...factorOptions.custom].find((f) => f.key === search.factor) ?? null;

  const nights = await listNightRecords({
    userId: user.id,
    timeZone: user.timeZone,
    ...trendsReadRange(period),
    include: { factors: overlay !== null },
  });
  const view = buildTrendsView({ nights, period, overlay, weekStartsOn });

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">Insights</h1>
        <p className="text-night-600 dark:text-night-300">Trends: how often symptoms came, how strong they were, and what changed.</p>
        <p className="mt-2">
          <Link href="/insights/links" className="font-medium text-calm-700 underline dark:text-calm-400">
            What’s linked: factors compared with your nights →
          </Link>
        </p>
      </div>
      <PeriodPicker active={period.key} factor={overlay?.key ?? null} custom={search.custom} lastNight={lastNight} />

      <Card className="space-y-4">
        <div>
          <h2 className="text-lg font-semibold">{view.title}</h2>
          <p className="text-sm text-night-600 dark:text-night-300">{view.subtitle}</p>
        </div>
        <Headline rows={view.headline} comparedWith={view.comparedWith} />
      </Card>

      {view.figures.knownNights === 0 ? (
        <Card>
          <p className="font-semibold">No nights logged in this period.</p>
          <p className="mt-1 text-night-600 dark:text-night-300">
            Choose a longer period above, or log last night on{' '}
            <Link href="/today" className="font-medium text-calm-700 underline dark:text-calm-400">
              Today
            </Link>
            .
          </p>
        </Card>
      ) : (
        <>
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">Trend in severity</h2>
            <p>{view.severityTrend}</p>
            {view.onsetDrift && <p>{view.onsetDrift}</p>}
          </Card>
          <TrendCharts
            data={view.charts}
            summaries={view.summaries}
            overlay={overlay ? { name: overlay.name, label: overlay.markedLabel } : null}
            factorPicker={<FactorPicker options={factorOptions} selected={overlay?.key ?? null} period={period} />}
          />
        </>
      )}
    </div>
  );
}

function EmptyState() {
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Insights</h1>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Nothing to chart yet</h2>
        <p className="text-night-700 dark:text-night-200">
          Trends appear once you have logged a few nights. Each morning, tap “no symptoms” or log the night’s episodes on
          Today; nights you skip stay blank here, never counted as good or bad.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href="/today" className={buttonClass('primary')}>
            Log last night on Today
          </Link>
          <Link href="/log" className={buttonClass('secondary')}>
            Open the log
          </Link>
        </div>
      </Card>
    </div>
  );
}
