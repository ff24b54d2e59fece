'use server';

import { z } from 'zod';
import { bumpSessionEpoch, updateUserSettings } from '@/db/queries/users';
import { userAction } from '@/lib/auth/action';
import { settingsSchema } from '@/lib/validation/auth';

export const saveSettings = userAction(settingsSchema, async (settings, user) => {
  await updateUserSettings({ userId: user.id, settings });
  return settings;
});

export const signOutEverywhere = userAction(z.object({}), async (_input, user) => {
  await bumpSessionEpoch({ userId: user.id });
  return null;
});
