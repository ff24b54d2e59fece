import clsx from 'clsx';
import type { ReactNode } from 'react';

export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <section
      className={clsx(
        'rounded-2xl bg-white p-5 shadow-sm ring-1 ring-night-100 dark:bg-night-900 dark:ring-night-800',
        className,
      )}
    >
      {children}
    </section>
  );
}
