import { AppNav } from '@/components/app-nav';
import { OutboxSync } from '@/components/offline/outbox-sync';
import { OfflinePages } from '@/components/pwa/offline-pages';
import { SignOutButton } from '@/components/sign-out-button';
import { ThemeToggle } from '@/components/theme-toggle';
import { requireUser } from '@/lib/auth/current-user';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-dvh">
      <header className="border-b border-night-100 bg-white/80 dark:border-night-800 dark:bg-night-900/80">
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
      <OutboxSync userId={user.id} />
      <OfflinePages userId={user.id} />
      <main className="mx-auto max-w-4xl px-4 py-6">{children}</main>
    </div>
  );
}
