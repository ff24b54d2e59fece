'use server';

import { recordSignUpAttempt, withdrawSignUpAttempt } from '@/db/queries/sign-in-attempts';
import { createUser } from '@/db/queries/users';
import { ActionError, publicAction } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { requestClientAddress } from '@/lib/auth/request-client';
import { signUpThrottle } from '@/lib/auth/sign-in-throttle';
import { signUpSchema } from '@/lib/validation/auth';

export const signUp = publicAction(signUpSchema, async ({ email, password, displayName, timeZone }) => {
  const now = new Date();
  const attempt = await recordSignUpAttempt({ client: await requestClientAddress(), now });
  const throttle = signUpThrottle({ attempts: attempt.earlier, now });
  if (!throttle.allowed) {
    await withdrawSignUpAttempt({ id: attempt.id });
    const minutes = throttle.retryAfterMinutes;
    throw new ActionError(
      `Too many accounts were created from this network in the last hour. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
    );
  }
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
