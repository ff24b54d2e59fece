'use client';

import Link from 'next/link';
import { DailyFactorsForm } from '@/components/daily-factors-form';
import { Card } from '@/components/ui/card';
import type { FactorsFormData } from '@/lib/factors/form-data';

export type { FactorsFormData } from '@/lib/factors/form-data';

/** Today's factors in a few taps; `data` is what `getFactorsFormData({ userId, day })` returns. */
export function TodayFactorsForm({ day, data }: { day: string; data: FactorsFormData }) {
  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Today&apos;s factors</h2>
        <Link
          href={`/log/factors?day=${day}`}
          className="inline-flex min-h-12 items-center text-sm font-medium text-calm-700 underline-offset-4 hover:underline dark:text-calm-400"
        >
          All factors and past days
        </Link>
      </div>
      <DailyFactorsForm data={data} compact />
    </Card>
  );
}
