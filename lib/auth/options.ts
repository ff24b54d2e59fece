import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { findUserByEmail } from '@/db/queries/users';
import { signInSchema } from '../validation/auth';
import { burnPasswordCheck, verifyPassword } from './password';
import { getAuthSecret } from './secret';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

let options: NextAuthOptions | undefined;

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
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const user = await findUserByEmail({ email: parsed.data.email });
          if (!user) return burnPasswordCheck(parsed.data.password).then(() => null);
          if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
          return { id: user.id, email: user.email, name: user.displayName, epoch: user.sessionEpoch };
        },
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
