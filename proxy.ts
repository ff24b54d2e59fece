import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { isOversizedAction } from '@/lib/http/body-limit';
import { isSignedInPath } from '@/lib/http/signed-in-paths';
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from '@/lib/security/headers';

const production = process.env.NODE_ENV === 'production';
const development = process.env.NODE_ENV === 'development';
const publicUrlIsHttps = process.env.NEXTAUTH_URL?.startsWith('https:') ?? false;

const isStaticAsset = (pathname: string) => pathname.startsWith('/_next/static/') || pathname.startsWith('/_next/image');

/**
 * Runs on every request (no matcher: static files get the headers too): refuses oversized action
 * posts early, sets the security headers, and gives each page a fresh CSP nonce that
 * Next reads from the request's Content-Security-Policy header (and the root layout from x-nonce).
 * The redirect of signed-out visitors is only a convenience: every page, action and route handler
 * checks the session itself.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isStaticAsset(pathname)) return withStaticHeaders(NextResponse.next());
  // Next's own limit answers 500 for a fetch action (next 16.4); a declared length gets its 413 here.
  if (isOversizedAction(request)) {
    return withStaticHeaders(new NextResponse('The request is too large.', { status: 413, headers: { 'Cache-Control': 'no-store' } }));
  }

  if (isSignedInPath(pathname) && !request.cookies.has(sessionCookieName())) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = '';
    const response = withStaticHeaders(NextResponse.redirect(url));
    response.headers.set('Cache-Control', 'no-store');
    return response;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, development, https: publicUrlIsHttps || request.nextUrl.protocol === 'https:' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = withStaticHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
  response.headers.set('Content-Security-Policy', csp);
  if (isSignedInPath(pathname)) response.headers.set('Cache-Control', 'no-store');
  // The browser checks for a new service worker on each visit; never from a stale copy.
  if (pathname === '/sw.js' || pathname === '/serwist/sw.js') response.headers.set('Cache-Control', 'no-cache');
  return response;
}

function withStaticHeaders(response: NextResponse): NextResponse {
  for (const { key, value } of staticSecurityHeaders(production)) response.headers.set(key, value);
  return response;
}
