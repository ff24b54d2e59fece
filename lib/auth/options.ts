import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { clearSignInAttempts, recordSignInAttempt, withdrawSignInAttempt } from '@/db/queries/sign-in-attempts';
import { findUserByEmail } from '@/db/queries/users';
import { signInSchema } from '../validation/auth';
import { burnPasswordCheck, verifyPassword } from './password';
import { getAuthSecret } from './secret';
import { signInThrottle, throttledErrorCode } from './sign-in-throttle';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

let options: NextAuthOptions | undefined;

/** The signed-in user, or null for any mismatch; throws the throttled error code when refused unchecked. */
export async function authorizeCredentials(credentials: unknown): Promise<User | null> {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Throttled by email whether or not it has an account, so refusals reveal nothing either.
  const now = new Date();
  const attempt = await recordSignInAttempt({ email, now });
  const throttle = signInThrottle({ attempts: attempt.earlier, now });
  if (!throttle.allowed) {
    await withdrawSignInAttempt({ id: attempt.id });
    throw new Error(throttledErrorCode(throttle.retryAfterMinutes));
  }
  const user = await findUserByEmail({ email });
  if (!user) return burnPasswordCheck(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await clearSignInAttempts({ email });
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
