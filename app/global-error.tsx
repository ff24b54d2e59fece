'use client';

import './globals.css';

/** Replaces the root layout when that fails, so it brings its own <html> and styles. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh antialiased">
        <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-5 py-10">
          <p className="text-2xl font-bold tracking-tight text-calm-700 dark:text-calm-400">Stillnight</p>
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p className="text-night-600 dark:text-night-300">Stillnight could not be shown. Please try again in a moment.</p>
          <button
            type="button"
            onClick={reset}
            className="inline-flex min-h-12 items-center justify-center self-start rounded-xl bg-calm-700 px-5 font-semibold text-white"
          >
            Try again
          </button>
          {error.digest && <p className="text-sm text-night-500">Reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
