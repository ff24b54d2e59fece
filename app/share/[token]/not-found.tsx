import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Not available', robots: { index: false, follow: false } };

/** One answer for an expired, revoked or wrong link: nothing tells them apart. */
export default function ShareNotAvailable() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">This report is not available</h1>
      <p className="mt-3 text-night-600 dark:text-night-300">
        The link may have expired or been withdrawn. Ask the person who shared it for a new one.
      </p>
    </main>
  );
}
