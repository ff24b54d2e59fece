import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookies';

/** Only a convenience redirect: every page, action and route handler checks the session itself. */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has(sessionCookieName());
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = '';
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/today/:path*', '/log/:path*', '/history/:path*', '/insights/:path*', '/experiments/:path*', '/report/:path*', '/settings/:path*'],
};
