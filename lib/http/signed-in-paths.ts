/** The paths behind sign-in: the proxy redirects signed-out visits, the service worker keeps some offline. */
export const SIGNED_IN_PREFIXES = ['/today', '/log', '/history', '/insights', '/experiments', '/report', '/settings'];

export const isSignedInPath = (pathname: string) =>
  SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
