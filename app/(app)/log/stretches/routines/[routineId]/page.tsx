import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { getRoutine, listStretches } from '@/db/queries/stretches';
import { requireUser } from '@/lib/auth/current-user';
import { uuidSchema } from '@/lib/validation/common';
import { RoutineEditor } from '../routine-editor';

export const metadata: Metadata = { title: 'Edit routine' };

export default async function EditRoutinePage({ params }: { params: Promise<{ routineId: string }> }) {
  const user = await requireUser();
  const { routineId } = await params;
  if (!uuidSchema.safeParse(routineId).success) notFound();
  const [routine, stretches] = await Promise.all([
    getRoutine({ userId: user.id, routineId }),
    listStretches({ userId: user.id }),
  ]);
  if (!routine) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Edit {routine.name}</h1>
      <Card>
        <RoutineEditor routine={routine} stretches={stretches} />
      </Card>
    </div>
  );
}
