import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { clearSignInAttempts, recordSignInAttempt, withdrawSignInAttempt } from '@/db/queries/sign-in-attempts';
import { getTwoFactor, spendRecoveryCode, claimTotpStep } from '@/db/queries/two-factor';
import { findUserByEmail } from '@/db/queries/users';
import { getEnv } from '../env';
import { signInSchema } from '../validation/auth';
import { clientAddress } from './client-address';
import { burnPasswordCheck, verifyPassword } from './password';
import { getAuthSecret } from './secret';
import { signInThrottle, throttledErrorCode } from './sign-in-throttle';
import { twoFactorErrors } from './sign-in-errors';
import { decryptTotpSecret, hashRecoveryCode, looksLikeRecoveryCode, verifyTotp } from './two-factor';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

let options: NextAuthOptions | undefined;

/** What next-auth passes `authorize` besides the credentials: the request's headers, as a plain object. */
type AuthorizeRequest = { headers?: Record<string, string | string[] | undefined> } | undefined;

/** A TOTP code for an unused time step, or an unused recovery code (spent by this check). */
async function secondFactorPasses(userId: string, secretEncrypted: string, code: string, now: Date): Promise<boolean> {
  if (looksLikeRecoveryCode(code)) return spendRecoveryCode({ userId, codeHash: hashRecoveryCode(code), now });
  const secret = decryptTotpSecret(secretEncrypted, getAuthSecret());
  const step = secret === undefined ? undefined : verifyTotp({ secret, code, now });
  return step !== undefined && (await claimTotpStep({ userId, step }));
}

/**
 * The signed-in user, or null for any mismatch. Throws an error code (read by the sign-in form) when
 * throttled, and after a right password when the account's two-factor code is missing or wrong.
 */
export async function authorizeCredentials(credentials: unknown, req?: AuthorizeRequest): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const client = clientAddress(req?.headers, getEnv().trustedProxies);
  // Throttled whether or not the email has an account, so refusals reveal nothing either.
  const now = new Date();
  const attempt = await recordSignInAttempt({ email, client, now });
  const throttle = signInThrottle({ attempts: attempt.earlier, now });
  if (!throttle.allowed) {
    await withdrawSignInAttempt({ id: attempt.id });
    throw new Error(throttledErrorCode(throttle.retryAfterSeconds));
  }
  const user = await findUserByEmail({ email });
  if (!user) return burnPasswordCheck(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  const twoFactor = await getTwoFactor({ userId: user.id });
  if (twoFactor?.enabledAt) {
    if (!code) {
      // The right password is not a guess; the code step that follows counts against the same limits.
      await withdrawSignInAttempt({ id: attempt.id });
      throw new Error(twoFactorErrors.required);
    }
    if (!(await secondFactorPasses(user.id, twoFactor.secretEncrypted, code, now))) throw new Error(twoFactorErrors.invalid);
  }
  await clearSignInAttempts({ email, client });
  return { id: user.id, email: user.email, name: user.displayName, epoch: user.sessionEpoch };
}

/** Built on first use, not at import, so `next build` needs no secret. */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: THIRTY_DAYS },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        authorize: authorizeCredentials,
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.epoch = user.epoch;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? '', email: token.email ?? '', name: token.name ?? '' };
        session.epoch = token.epoch ?? -1;
        return session;
      },
    },
  };
  return options;
}
