import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { listStretches } from '@/db/queries/stretches';
import { requireUser } from '@/lib/auth/current-user';
import { RoutineEditor } from '../routine-editor';

export const metadata: Metadata = { title: 'New routine' };

export default async function NewRoutinePage() {
  const user = await requireUser();
  const stretches = await listStretches({ userId: user.id });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New routine</h1>
      <Card>
        <RoutineEditor stretches={stretches} />
      </Card>
    </div>
  );
}
