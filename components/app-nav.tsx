'use client';

import clsx from 'clsx';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export const NAV_ITEMS = [
  { href: '/today', label: 'Today' },
  { href: '/log', label: 'Log' },
  { href: '/history', label: 'History' },
  { href: '/insights', label: 'Insights' },
  { href: '/experiments', label: 'Experiments' },
  { href: '/report', label: 'Report' },
  { href: '/settings', label: 'Settings' },
] as const;

export function AppNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1 px-3 sm:px-0">
        {NAV_ITEMS.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={clsx(
                  'flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-medium',
                  active
                    ? 'bg-calm-700 text-white dark:bg-calm-400 dark:text-night-950'
                    : 'text-night-700 hover:bg-night-100 dark:text-night-200 dark:hover:bg-night-800',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
