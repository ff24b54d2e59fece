import Link from 'next/link';
import { NotFoundMessage } from '@/components/not-found-message';

export const metadata = { title: 'Not found' };

/** Any address the app does not have, and any entry that is not the signed-in user's. */
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-5 py-10">
      <Link href="/" className="text-2xl font-bold tracking-tight text-calm-700 dark:text-calm-400">
        Stillnight
      </Link>
      <NotFoundMessage />
    </main>
  );
}
