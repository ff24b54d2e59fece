import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { revokeSession } from '@/db/queries/sessions';
import { clearSignInAttempts, recordSignInAttempt, withdrawSignInAttempt } from '@/db/queries/sign-in-attempts';
import { getTwoFactor, spendRecoveryCode, claimTotpStep } from '@/db/queries/two-factor';
import { findUserByEmail } from '@/db/queries/users';
import { getEnv } from '../env';
import { signInSchema } from '../validation/auth';
import { secureCookies, sessionCookieName } from './cookies';
import { clientAddress } from './client-address';
import { burnPasswordCheck, verifyPassword } from './password';
import { getAuthSecret } from './secret';
import { sessionLimits, startSession } from './sessions';
import { signInThrottle, throttledErrorCode } from './sign-in-throttle';
import { twoFactorErrors } from './sign-in-errors';
import { decryptTotpSecret, hashRecoveryCode, looksLikeRecoveryCode, verifyTotp } from './two-factor';

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
  return { id: user.id, email: user.email, name: user.displayName };
}

/** Built on first use, not at import, so `next build` needs no secret. */
export function getAuthOptions(): NextAuthOptions {
  if (options) return options;
  const secure = secureCookies();
  options = {
    secret: getAuthSecret(),
    // The cookie lives as long as a session may; the sessions table enforces the idle and absolute limits.
    session: { strategy: 'jwt', maxAge: Math.ceil(sessionLimits().maxMs / 1000) },
    // Also gives next-auth's other cookies their `__Secure-`/`__Host-` names and the Secure flag.
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(secure), options: { httpOnly: true, sameSite: 'lax', path: '/', secure } },
    },
    pages: { signIn: '/sign-in' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        authorize: authorizeCredentials,
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const session = await startSession({ userId: user.id, userAgent: (await headers()).get('user-agent') });
          token.uid = user.id;
          token.sid = session.id;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? '', email: token.email ?? '', name: token.name ?? '' };
        session.sessionId = token.sid ?? '';
        return session;
      },
    },
    events: {
      // Sign-out through next-auth (every sign-out button ends with it) ends the session on the server too.
      async signOut({ token }) {
        if (token?.uid && token.sid) await revokeSession({ userId: token.uid, sessionId: token.sid });
      },
    },
  };
  return options;
}
