import Link from 'next/link';
import { redirect } from 'next/navigation';
import { buttonClass } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/auth/current-user';

export default async function LandingPage() {
  if (await getCurrentUser()) redirect('/today');
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-8 px-5 py-12">
      <p className="text-2xl font-bold tracking-tight text-calm-700 dark:text-calm-400">Stillnight</p>
      <h1 className="text-4xl font-bold leading-tight">Find out what helps your restless legs.</h1>
      <p className="text-lg text-night-600 dark:text-night-300">
        Log a night in one tap, even at 2 a.m. Test your own bedtime routine fairly, see how your nights change over
        time, and bring a clear two-page report to your doctor.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/sign-up" className={buttonClass('primary')}>
          Create a free account
        </Link>
        <Link href="/sign-in" className={buttonClass('secondary')}>
          Sign in
        </Link>
      </div>
      <p className="text-sm text-night-500 dark:text-night-300">
        Stillnight is a diary, not a medical device. Talk to your doctor about treatment.
      </p>
    </main>
  );
}
