import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

/** What a missing page or another account's entry shows: nothing about why. */
export function NotFoundMessage() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-night-600 dark:text-night-300">
        There is nothing here. The link may be mistyped, or the entry may have been deleted.
      </p>
      <Link href="/today" className={buttonClass('primary', 'self-start')}>
        Go to Today
      </Link>
    </div>
  );
}
