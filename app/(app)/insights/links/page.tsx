import type { Metadata } from 'next';
import Link from 'next/link';
import { loadFactorLinks } from '@/db/queries/factor-links';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import {
  MIN_NIGHTS_EACH_SIDE,
  formatP,
  frequencyWords,
  lagWords,
  neededWords,
  rowCondition,
  severityWords,
  suggestNextTest,
  type ConditionKey,
  type FactorLink,
} from '@/lib/insights/factor-links';
import { lastNightOf } from '@/lib/nights';

export const metadata: Metadata = { title: 'What’s linked' };

const testHref = (condition: ConditionKey) => `/experiments/new?a=${encodeURIComponent(condition)}`;
const linkClass = 'font-medium text-calm-700 underline dark:text-calm-400';

export default async function FactorLinksPage() {
  const user = await requireUser();
  const lastNight = lastNightOf(new Date(), user.timeZone);
  const links = await loadFactorLinks({ userId: user.id, timeZone: user.timeZone, lastNight });
  const suggestion = suggestNextTest(links);
  const shown = links.filter((l) => l.result);

  return (
    <div className="space-y-5">
      <div>
        <nav aria-label="Insights" className="mb-2 text-sm">
          <Link href="/insights" className={linkClass}>
            ← Trends
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">What’s linked</h1>
        <p className="mt-1 font-semibold text-night-800 dark:text-night-100">Exploratory: a link is not proof.</p>
        <p className="text-night-600 dark:text-night-300">
          Each factor is compared across all your logged nights: nights with it against nights without. Many factors are
          compared at once, so some links appear by chance; adjusted p-values allow for that. Only a fair test (an
          experiment) can show whether a change helps you. Unknown nights are never counted; a result needs at least{' '}
          {MIN_NIGHTS_EACH_SIDE} nights on each side.
        </p>
      </div>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">What to test next</h2>
        {suggestion ? (
          <>
            <p>
              <strong>{suggestion.link.factor.name}</strong> ({lagWords(suggestion.link.lag)}) has your strongest link on
              something you can change: {severityWords(suggestion.link.result!).toLowerCase()}, adjusted p{' '}
              {formatP(suggestion.link.result!.adjustedP)}. A fair test will tell whether it is real for you.
            </p>
            <Link href={testHref(suggestion.condition)} className={buttonClass('primary')}>
              Set up this experiment
            </Link>
          </>
        ) : (
          <p className="text-night-700 dark:text-night-200">
            Nothing to suggest yet: a suggestion needs a link on something you can change (a routine, late caffeine,
            alcohol, exercise or one of your own factors) with at least {MIN_NIGHTS_EACH_SIDE} nights with it and{' '}
            {MIN_NIGHTS_EACH_SIDE} without. Keep logging your nights and factors.
          </p>
        )}
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Factors linked with your nights</h2>
        <p className="text-sm text-night-600 dark:text-night-300">
          {shown.length} {shown.length === 1 ? 'comparison' : 'comparisons'} with enough nights; p-values adjusted
          (Benjamini–Hochberg) over all of them. A difference is “with the factor” minus “without”.
        </p>
        <ul className="divide-y divide-night-100 dark:divide-night-800">
          {links.map((link) => (
            <LinkRow key={`${link.factor.key}/${link.lag}`} link={link} />
          ))}
        </ul>
      </Card>
    </div>
  );
}

function LinkRow({ link }: { link: FactorLink }) {
  const condition = rowCondition(link);
  const r = link.result;
  return (
    <li className="py-3" data-factor={link.factor.key} data-lag={link.lag}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {link.factor.name} <span className="font-normal text-night-600 dark:text-night-300">· {lagWords(link.lag)}</span>
        </h3>
        {condition && (
          <Link href={testHref(condition)} className={linkClass} aria-label={`Test this: ${link.factor.name}`}>
            Test this
          </Link>
        )}
      </div>
      {r ? (
        <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
          <div className="sm:col-span-2">
            <dt className="sr-only">Severity</dt>
            <dd>{severityWords(r)}: linked with {link.factor.withLabel.toLowerCase()}.</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="sr-only">Nights with episodes</dt>
            <dd>{frequencyWords(r.frequency)}.</dd>
          </div>
          <div>
            <dt className="inline">Nights: </dt>
            <dd className="inline">
              {link.withNights} with, {link.withoutNights} without
            </dd>
          </div>
          <div>
            <dt className="inline">Effect size (Hedges’ g): </dt>
            <dd className="inline">{r.hedgesG === null ? '—' : r.hedgesG.toFixed(2)}</dd>
          </div>
          <div>
            <dt className="inline">Adjusted p: </dt>
            <dd className="inline">{formatP(r.adjustedP)}</dd>
          </div>
        </dl>
      ) : (
        <p className="mt-1 text-sm text-night-700 dark:text-night-200">
          {link.needed ? neededWords(link.needed) : 'No difference to compare: the nights’ severities did not vary'} (now{' '}
          {link.withNights} with, {link.withoutNights} without).
        </p>
      )}
    </li>
  );
}
