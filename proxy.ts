import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';
import { isOversizedAction } from '@/lib/http/body-limit';

const SIGNED_IN_PATHS = ['/today', '/log', '/history', '/insights', '/experiments', '/report', '/settings'];

/** Refuses oversized action posts early; otherwise only a convenience redirect: every page, action and route handler checks the session itself. */
export function proxy(request: NextRequest) {
  // Next's own limit answers 500 for a fetch action (next 16.4); a declared length gets its 413 here.
  if (isOversizedAction(request)) {
    return new NextResponse('The request is too large.', { status: 413, headers: { 'Cache-Control': 'no-store' } });
  }
  const path = request.nextUrl.pathname;
  if (!SIGNED_IN_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) return NextResponse.next();
  const hasSession = request.cookies.has(sessionCookieName());
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = '';
  return NextResponse.redirect(url);
}

export const config = {
  // Every path an action can be posted to; static files need neither check.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
