'use client';

import Link from 'next/link';
import { Button, buttonClass } from '@/components/ui/button';

/** Shows no detail of the error: the digest alone lets it be matched to the server's log line. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-5 py-10">
      <p className="text-2xl font-bold tracking-tight text-calm-700 dark:text-calm-400">Stillnight</p>
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-night-600 dark:text-night-300">
        This page could not be shown. What you logged before is safe. Please try again.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button onClick={reset}>Try again</Button>
        <Link href="/today" className={buttonClass('secondary')}>
          Go to Today
        </Link>
      </div>
      {error.digest && <p className="text-sm text-night-500 dark:text-night-300">Reference: {error.digest}</p>}
    </main>
  );
}
