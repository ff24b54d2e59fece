import type { Metadata } from 'next';
import { twoFactorStatus } from '@/db/queries/two-factor';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import { SessionsCard } from './sessions-card';
import { SettingsForm } from './settings-form';
import { TwoFactorCard } from './two-factor-card';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const timeZones = Intl.supportedValuesOf('timeZone');
  const twoFactor = await twoFactorStatus({ userId: user.id });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Profile</h2>
        <SettingsForm
          email={user.email}
          initial={{ displayName: user.displayName, timeZone: user.timeZone }}
          timeZones={timeZones.includes(user.timeZone) ? timeZones : [user.timeZone, ...timeZones]}
        />
      </Card>
      <TwoFactorCard status={twoFactor} />
      <SessionsCard />
    </div>
  );
}
