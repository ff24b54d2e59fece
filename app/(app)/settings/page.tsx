import type { Metadata } from 'next';
import { twoFactorStatus } from '@/db/queries/two-factor';
import { Card } from '@/components/ui/card';
import { listActiveSessions } from '@/db/queries/sessions';
import { requireUser } from '@/lib/auth/current-user';
import { sessionLimits } from '@/lib/auth/sessions';
import { DisplayCard } from './display-card';
import { PasswordForm } from './password-form';
import { RemindersCard } from './reminders-card';
import { SessionsCard } from './sessions-card';
import { SettingsForm } from './settings-form';
import { YourDataCard } from './your-data-card';
import { TwoFactorCard } from './two-factor-card';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser();
  const timeZones = Intl.supportedValuesOf('timeZone');
  const sessions = await listActiveSessions({ userId: user.id, limits: sessionLimits() });
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: user.timeZone });
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
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Password</h2>
        <PasswordForm />
      </Card>
      <DisplayCard />
      <RemindersCard timeZone={user.timeZone} />
      <TwoFactorCard status={twoFactor} />
      <SessionsCard
        sessions={sessions.map((s) => ({
          id: s.id,
          deviceLabel: s.deviceLabel,
          lastSeen: when.format(s.lastSeenAt),
          signedIn: when.format(s.createdAt),
          current: s.id === user.sessionId,
        }))}
      />
      <YourDataCard />
    </div>
  );
}
