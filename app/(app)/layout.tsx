import { cookies } from 'next/headers';
import { AppNav } from '@/components/app-nav';
import { LastNightBanner } from '@/components/last-night-banner';
import { OutboxSync } from '@/components/offline/outbox-sync';
import { OfflinePages } from '@/components/pwa/offline-pages';
import { SignOutButton } from '@/components/sign-out-button';
import { ThemeClock, ThemeToggle } from '@/components/theme-toggle';
import { isNightLogged } from '@/db/queries/night-records';
import { requireUser } from '@/lib/auth/current-user';
import { formatNight, lastNightOf } from '@/lib/nights';
import { NUDGE_DISMISSED_COOKIE, shouldNudge } from '@/lib/nights/nudge';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const lastNight = lastNightOf(new Date(), user.timeZone);
  const [logged, cookieStore] = await Promise.all([isNightLogged({ userId: user.id, nightOf: lastNight }), cookies()]);
  const nudge = shouldNudge({ logged, nightOf: lastNight, dismissedFor: cookieStore.get(NUDGE_DISMISSED_COOKIE)?.value });
  return (
    <div className="min-h-dvh">
      <header className="print:hidden border-b border-night-100 bg-white/80 dark:border-night-800 dark:bg-night-900/80">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-2 px-4 py-2">
          <span className="text-lg font-bold text-calm-700 dark:text-calm-400">Stillnight</span>
          <div className="flex items-center gap-1">
            <span className="hidden text-sm text-night-500 sm:inline dark:text-night-300">{user.displayName}</span>
            <ThemeToggle />
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-4xl pb-2 sm:px-4">
          <AppNav />
        </div>
      </header>
      {nudge && <LastNightBanner nightOf={lastNight} label={formatNight(lastNight)} />}
      <ThemeClock timeZone={user.timeZone} />
      <OutboxSync userId={user.id} />
      <OfflinePages userId={user.id} />
      <main className="mx-auto max-w-4xl px-4 py-6 print:max-w-none print:p-0">{children}</main>
    </div>
  );
}
