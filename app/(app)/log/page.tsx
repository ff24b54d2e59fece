import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Log' };

const SECTIONS = [
  { href: '/log/episodes/new', title: 'Episode', text: 'Start, end, severity, where and what helped.' },
  { href: '/log/stretches', title: 'Stretches and routines', text: 'Log a stretch, build a routine, play it with a timer.' },
  { href: '/log/factors', title: 'Daily factors', text: 'Caffeine, alcohol, exercise, stress, iron and your own factors.' },
  { href: '/log/medications', title: 'Medications', text: 'Your medicines with dates and doses; log a dose taken.' },
  { href: '/log/irls', title: 'IRLS score', text: 'Record a severity-scale total your doctor or you worked out.' },
] as const;

export default async function LogPage() {
  await requireUser();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Log</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block min-h-20 rounded-2xl bg-white p-5 ring-1 ring-night-100 hover:ring-calm-500 dark:bg-night-900 dark:ring-night-800"
            >
              <span className="block text-lg font-semibold">{s.title}</span>
              <span className="block text-sm text-night-600 dark:text-night-300">{s.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
