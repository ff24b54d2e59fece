/**
 * Secure cookies whenever the app runs as a production build, whatever NEXTAUTH_URL's scheme says
 * (a TLS-terminating proxy in front often makes it http). Browsers accept them on http://localhost
 * and 127.0.0.1 too, so a local `next start` still works.
 */
export const secureCookies = () => process.env.NODE_ENV === 'production';

export const sessionCookieName = (secure = secureCookies()) => `${secure ? '__Secure-' : ''}next-auth.session-token`;
