import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { getFirstLoggedNight, listNightRecords } from '@/db/queries/night-records';
import { NightCalendar, type ExperimentMark } from '@/components/night-calendar';
import { conditionNames } from '@/db/queries/experiment-views';
import { listExperiments } from '@/db/queries/experiments';
import { describeNight } from '@/components/night-summary-text';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import { armsOf, conditionLabel, scheduleOf } from '@/lib/experiments';
import { weekStartFromAcceptLanguage } from '@/lib/trends/weeks';
import { formatNight, isMonth, lastNightOf, localDateOf, monthGrid, tonightOf } from '@/lib/nights';

export const metadata: Metadata = { title: 'History' };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const user = await requireUser();
  const tonight = tonightOf(new Date(), user.timeZone);
  const { month: requested } = await searchParams;
  const month = requested && isMonth(requested) && requested <= tonight.slice(0, 7) ? requested : tonight.slice(0, 7);
  const grid = monthGrid(month, weekStartFromAcceptLanguage((await headers()).get('accept-language')));
  const days = grid.weeks.flat().filter((d): d is string => d !== null);
  const last = days.at(-1)! < tonight ? days.at(-1)! : tonight;
  // History begins with the account, or earlier if the user logged earlier nights: the months
  // before someone signed up are not "not logged".
  const firstLogged = await getFirstLoggedNight({ userId: user.id });
  const joined = lastNightOf(user.createdAt, user.timeZone);
  const start = firstLogged !== null && firstLogged < joined ? firstLogged : joined;
  const from = days[0]! > start ? days[0]! : start;
  const nights =
    from <= last
      ? await listNightRecords({ userId: user.id, timeZone: user.timeZone, from, to: last, include: { stretching: false } })
      : [];
  const byNight = new Map(nights.map((n) => [n.nightOf, n]));
  const marks = await experimentMarks(user, days[0]!, days.at(-1)!);
  const counts = {
    free: nights.filter((n) => n.status === 'symptom_free').length,
    episodes: nights.filter((n) => n.status === 'episodes').length,
    // Tonight is still to come, not a night left unlogged.
    unknown: nights.filter((n) => n.status === 'unknown' && n.nightOf !== tonight).length,
  };
  const monthName = formatNight(`${month}-15`, { weekday: undefined, day: undefined, month: 'long', year: 'numeric' });

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">History</h1>
        <Link href="/log/episodes/new" className={buttonClass('secondary')}>
          Log an episode
        </Link>
      </div>
      <Card className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <Link href={`/history?month=${grid.previous}`} className={buttonClass('ghost')} aria-label="Previous month">
            ←
          </Link>
          <h2 className="text-lg font-semibold">{monthName}</h2>
          {grid.next <= tonight.slice(0, 7) ? (
            <Link href={`/history?month=${grid.next}`} className={buttonClass('ghost')} aria-label="Next month">
              →
            </Link>
          ) : (
            <span className="w-12" />
          )}
        </div>
        <NightCalendar grid={grid} nights={byNight} tonight={tonight} experiment={marks.nights} />
        <p className="text-sm text-night-600 dark:text-night-300">
          ✓ no symptoms ({counts.free}) · number = worst severity of a night with episodes ({counts.episodes}) · ? not
          logged ({counts.unknown})
        </p>
        {marks.legend.length > 0 && (
          <p className="text-sm text-night-600 dark:text-night-300">
            Experiment: {marks.legend.join(' · ')} · w = washout night (kept to, not counted)
          </p>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Nights</h2>
        {nights.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">
            {from > last
              ? `Your history starts on ${formatNight(start, { year: 'numeric' })}. To add an earlier night, log an episode with its date.`
              : 'No nights in this month yet.'}
          </p>
        ) : (
          <ul className="divide-y divide-night-100 dark:divide-night-800">
            {[...nights].reverse().map((n) => (
              <li key={n.nightOf}>
                <Link href={`/history/${n.nightOf}`} className="flex min-h-12 items-center justify-between gap-3 py-2">
                  <span className="font-medium">{formatNight(n.nightOf)}</span>
                  <span className="text-night-600 dark:text-night-300">
                    {n.nightOf === tonight && n.status === 'unknown' ? 'Tonight' : describeNight(n)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** The schedule of every experiment that has nights in the month, for the calendar. */
async function experimentMarks(user: { id: string; timeZone: string }, from: string, to: string) {
  const plans = (await listExperiments({ userId: user.id, tonight: localDateOf(new Date(), user.timeZone) })).filter((p) => p.status !== 'abandoned');
  const nights = new Map<string, ExperimentMark>();
  const legend: string[] = [];
  if (plans.length === 0) return { nights, legend };
  const names = await conditionNames({ userId: user.id });
  for (const plan of plans) {
    const { a, b } = armsOf(plan);
    const labels = { A: conditionLabel(a, names), B: conditionLabel(b, names) };
    let shown = false;
    for (const night of scheduleOf(plan)) {
      if (night.nightOf < from || night.nightOf > to || (plan.endedOn && night.nightOf > plan.endedOn)) continue;
      shown = true;
      nights.set(night.nightOf, { arm: night.condition, washout: night.washout, label: night.condition ? `${night.condition}, ${labels[night.condition]}` : 'paused' });
    }
    if (shown) legend.push(`A = ${labels.A}, B = ${b.kind === 'none' ? 'without it' : labels.B}`);
  }
  return { nights, legend };
}
