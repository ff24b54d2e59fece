import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { DailyFactorsForm } from '@/components/daily-factors-form';
import { DayPicker } from '@/components/day-picker';
import { Card } from '@/components/ui/card';
import { getFactorsFormData, listCustomFactors } from '@/db/queries/factors';
import { requireUser } from '@/lib/auth/current-user';
import { formatNight, isCalendarDate, localDateOf } from '@/lib/nights';
import { CustomFactors } from './custom-factors';

export const metadata: Metadata = { title: 'Daily factors' };

export default async function FactorsPage({ searchParams }: { searchParams: Promise<{ day?: string | string[] }> }) {
  const user = await requireUser();
  const today = localDateOf(new Date(), user.timeZone);
  const { day: asked } = await searchParams;
  if (asked !== undefined && (typeof asked !== 'string' || !isCalendarDate(asked) || asked > today)) {
    redirect('/log/factors');
  }
  const day = asked ?? today;
  const [data, factors] = await Promise.all([
    getFactorsFormData({ userId: user.id, day }),
    listCustomFactors({ userId: user.id }),
  ]);
  const dayLabel = formatNight(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/log" className="text-sm font-medium text-calm-700 hover:underline dark:text-calm-400">
          ← Log
        </Link>
        <h1 className="text-2xl font-bold">Daily factors</h1>
        <p className="text-night-600 dark:text-night-300">
          What you did on a day counts towards that evening&apos;s night.
        </p>
      </div>
      <DayPicker day={day} max={today} path="/log/factors" />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">
          {day === today ? 'Today' : dayLabel}
          {day === today && <span className="sr-only">, {dayLabel}</span>}
          {data.saved ? (
            <span className="ml-2 text-sm font-normal text-calm-700 dark:text-calm-400">Saved</span>
          ) : (
            <span className="ml-2 text-sm font-normal text-night-500 dark:text-night-300">Not saved yet</span>
          )}
        </h2>
        <DailyFactorsForm data={data} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Manage your own factors</h2>
        <CustomFactors factors={factors} />
      </Card>
    </div>
  );
}
