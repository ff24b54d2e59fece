import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { headers } from 'next/headers';
import { revokeSession } from '@/db/queries/sessions';
import { clearSignInAttempts, recordSignInAttempt, withdrawSignInAttempt } from '@/db/queries/sign-in-attempts';
import { findUserByEmail } from '@/db/queries/users';
import { signInSchema } from '../validation/auth';
import { secureCookies, sessionCookieName } from './cookies';
import { burnPasswordCheck, verifyPassword } from './password';
import { getAuthSecret } from './secret';
import { sessionLimits, startSession } from './sessions';
import { signInThrottle, throttledErrorCode } from './sign-in-throttle';

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
