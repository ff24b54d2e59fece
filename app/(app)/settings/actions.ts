'use server';

import { z } from 'zod';
import { revokeAllSessions, revokeSession } from '@/db/queries/sessions';
import { deleteAccount as deleteAccountRows, updatePasswordHash, updateUserSettings } from '@/db/queries/users';
import { ActionError, userAction } from '@/lib/auth/action';
import { confirmPassword } from '@/lib/auth/confirm-password';
import { hashPassword } from '@/lib/auth/password';
import { changePasswordSchema, deleteAccountSchema, sessionIdSchema, settingsSchema } from '@/lib/validation/auth';

export const saveSettings = userAction(settingsSchema, async (settings, user) => {
  await updateUserSettings({ userId: user.id, settings });
  return settings;
});

/** Ends one of the user's sessions; `current` tells the client to finish its own sign-out. */
export const signOutSession = userAction(sessionIdSchema, async ({ sessionId }, user) => {
  if (!(await revokeSession({ userId: user.id, sessionId }))) {
    throw new ActionError('That session has already ended.', undefined, true);
  }
  return { current: sessionId === user.sessionId };
});

export const signOutEverywhere = userAction(z.object({}), async (_input, user) => {
  await revokeAllSessions({ userId: user.id });
  return null;
});

/** Keeps this device signed in and signs out every other one. */
export const changePassword = userAction(changePasswordSchema, async ({ currentPassword, newPassword }, user) => {
  await confirmPassword({ userId: user.id, password: currentPassword, field: 'currentPassword' });
  await updatePasswordHash({ userId: user.id, passwordHash: await hashPassword(newPassword) });
  return { otherSessionsEnded: await revokeAllSessions({ userId: user.id, except: user.sessionId }) };
});

export const deleteAccount = userAction(deleteAccountSchema, async ({ password }, user) => {
  await confirmPassword({ userId: user.id, password, field: 'password' });
  await deleteAccountRows({ userId: user.id, email: user.email });
  return null;
});
