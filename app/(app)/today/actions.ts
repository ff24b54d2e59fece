'use server';

import { revalidatePath } from 'next/cache';
import { getCheckin, saveCheckin } from '@/db/queries/checkins';
import { listEpisodesOfNight } from '@/db/queries/episodes';
import { ActionError, notFoundError, userAction } from '@/lib/auth/action';
import { tonightOf, wallTimeToInstant } from '@/lib/nights';
import { checkSleepTimes, checkinSchema } from '@/lib/validation/checkins';

export const saveNightCheckin = userAction(checkinSchema, async (input, user) => {
  if (input.nightOf > tonightOf(new Date(), user.timeZone)) {
    throw new ActionError('That night has not begun yet.', { nightOf: ['Choose tonight or an earlier night'] });
  }
  if (!input.hadSymptoms) {
    const logged = await listEpisodesOfNight({ userId: user.id, nightOf: input.nightOf });
    if (logged.length > 0) {
      throw new ActionError('Episodes are already logged for this night, so it cannot be marked symptom-free.');
    }
  }
  const bedtime = input.bedtime ? wallTimeToInstant(input.bedtime, user.timeZone) : null;
  const wakeTime = input.wakeTime ? wallTimeToInstant(input.wakeTime, user.timeZone) : null;
  const sleepErrors = checkSleepTimes(input.nightOf, bedtime, wakeTime, user.timeZone);
  if (sleepErrors) throw new ActionError('Please check the highlighted fields.', sleepErrors);
  const hoursSlept =
    input.hoursSlept ?? (bedtime && wakeTime ? Math.round((wakeTime.getTime() - bedtime.getTime()) / 360_000) / 10 : null);
  const previous = await getCheckin({ userId: user.id, nightOf: input.nightOf });
  const saved = await saveCheckin({
    userId: user.id,
    checkin: {
      id: previous?.id ?? input.id,
      nightOf: input.nightOf,
      hadSymptoms: input.hadSymptoms,
      bedtime,
      wakeTime,
      hoursSlept,
      awakenings: input.awakenings,
      sleepQuality: input.sleepQuality,
    },
  });
  if (!saved) throw notFoundError('That check-in');
  revalidatePath('/today');
  revalidatePath('/history', 'layout');
  return { nightOf: saved.nightOf, hadSymptoms: saved.hadSymptoms };
});
