import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRoutine } from '@/db/queries/stretches';
import { requireUser } from '@/lib/auth/current-user';
import { instantToClock } from '@/lib/nights';
import { defaultContextForHour } from '@/lib/stretches/context';
import { uuidSchema } from '@/lib/validation/common';
import { STRETCH_CONTEXTS, type StretchContext } from '@/lib/validation/stretches';
import { RoutinePlayer } from './routine-player';

export const metadata: Metadata = { title: 'Routine player' };

export default async function PlayPage({
  params,
  searchParams,
}: {
  params: Promise<{ routineId: string }>;
  searchParams: Promise<{ context?: string | string[] }>;
}) {
  const user = await requireUser();
  const { routineId } = await params;
  if (!uuidSchema.safeParse(routineId).success) notFound();
  const routine = await getRoutine({ userId: user.id, routineId });
  if (!routine) notFound();
  const asked = (await searchParams).context;
  const context = STRETCH_CONTEXTS.includes(asked as StretchContext)
    ? (asked as StretchContext)
    : defaultContextForHour(Number(instantToClock(new Date(), user.timeZone).slice(0, 2)));
  return <RoutinePlayer routine={routine} defaultContext={context} />;
}
