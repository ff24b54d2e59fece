import { demoAccountExists } from '@/db/queries/users';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@/lib/demo/account';

/** Development only: the seeded demo account's sign-in, shown while that account exists. */
export async function DemoAccountHint() {
  if (process.env.NODE_ENV !== 'development' || !(await demoAccountExists())) return null;
  return (
    <p className="rounded-lg border border-calm-400/40 bg-calm-400/10 px-4 py-3 text-sm text-night-700 dark:text-night-200">
      Demo account: <span className="font-mono">{DEMO_EMAIL}</span> /{' '}
      <span className="font-mono">{DEMO_PASSWORD}</span>
    </p>
  );
}
