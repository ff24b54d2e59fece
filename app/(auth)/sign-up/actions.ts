'use server';

import { createUser } from '@/db/queries/users';
import { ActionError, publicAction } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { signUpSchema } from '@/lib/validation/auth';

export const signUp = publicAction(signUpSchema, async ({ email, password, displayName, timeZone }) => {
  const user = await createUser({
    account: { email, displayName, timeZone, passwordHash: await hashPassword(password) },
  });
  if (!user) {
    throw new ActionError('Please check the highlighted fields.', {
      email: ['An account with this email already exists. Sign in instead.'],
    });
  }
  return { email: user.email };
});
