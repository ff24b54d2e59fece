import 'server-only';
import { clearSignInAttempts, recordSignInAttempt, withdrawSignInAttempt } from '@/db/queries/sign-in-attempts';
import { getUser } from '@/db/queries/users';
import { ActionError } from '../errors';
import { verifyPassword } from './password';
import { requestClientAddress } from './request-client';
import { signInThrottle, throttledErrorCode, throttledMessage } from './sign-in-throttle';

/**
 * The signed-in user's password asked again (password change, account deletion, turning off
 * two-factor), checked under the sign-in limits so a stolen session cannot guess it quickly.
 * Throws a field error on `field` for a wrong password.
 */
export async function confirmPassword({ userId, password, field }: { userId: string; password: string; field: string }): Promise<void> {
  const account = await getUser({ userId });
  if (!account) throw new ActionError('Your session has ended. Please sign in again.');
  const client = await requestClientAddress();
  const now = new Date();
  const attempt = await recordSignInAttempt({ email: account.email, client, now });
  const throttle = signInThrottle({ attempts: attempt.earlier, now });
  if (!throttle.allowed) {
    await withdrawSignInAttempt({ id: attempt.id });
    throw new ActionError(throttledMessage(throttledErrorCode(throttle.retryAfterSeconds))!);
  }
  if (!(await verifyPassword(account.passwordHash, password))) {
    throw new ActionError('Please check the highlighted fields.', { [field]: ['That is not your current password'] });
  }
  await clearSignInAttempts({ email: account.email, client });
}
