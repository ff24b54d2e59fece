import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { listMedications, listRecentDoses } from '@/db/queries/medications';
import { requireUser } from '@/lib/auth/current-user';
import { formatNight, instantToClock, instantToWallTime, localDateOf } from '@/lib/nights';
import { DoseForm } from './dose-form';
import { RecentDoses } from './dose-list';
import { MedicationForm } from './medication-form';
import { MedicationList } from './medication-list';

export const metadata: Metadata = { title: 'Medications' };

export default async function MedicationsPage() {
  const user = await requireUser();
  const now = new Date();
  const today = localDateOf(now, user.timeZone);
  const [medications, doses] = await Promise.all([
    listMedications({ userId: user.id }),
    listRecentDoses({ userId: user.id, limit: 20 }),
  ]);
  const current = medications.filter((m) => m.stoppedOn === null || m.stoppedOn >= today);
  const views = medications.map(({ id, name, dose, schedule, asNeeded, startedOn, stoppedOn, doseCount }) => ({
    id,
    name,
    dose,
    schedule,
    asNeeded,
    startedOn,
    stoppedOn,
    doseCount,
  }));

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/log" className="text-sm font-medium text-calm-700 hover:underline dark:text-calm-400">
          ← Log
        </Link>
        <h1 className="text-2xl font-bold">Medications</h1>
        <p className="text-night-600 dark:text-night-300">
          What you take and when, so your report can show it next to your nights.
        </p>
      </div>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Log a dose</h2>
        {current.length === 0 ? (
          <p className="text-night-600 dark:text-night-300">Add a medication below, then log each dose you take here.</p>
        ) : (
          <DoseForm
            medications={current.map((m) => ({ id: m.id, name: m.name, dose: m.dose, asNeeded: m.asNeeded }))}
            timeZone={user.timeZone}
            defaultTakenAt={instantToWallTime(now, user.timeZone)}
          />
        )}
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Recent doses</h2>
        <RecentDoses
          doses={doses.map((d) => ({
            id: d.id,
            medicationName: d.medicationName,
            dose: d.dose,
            takenAtLabel: `${formatNight(localDateOf(d.takenAt, user.timeZone))}, ${instantToClock(d.takenAt, user.timeZone)}`,
            nightLabel: formatNight(d.nightOf),
          }))}
        />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Your medications</h2>
        <MedicationList medications={views} today={today} />
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Add a medication</h2>
        <MedicationForm today={today} />
      </Card>
    </div>
  );
}
