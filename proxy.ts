import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** Only a convenience redirect: every page, action and route handler checks the session itself. */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = '';
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/today/:path*', '/log/:path*', '/history/:path*', '/insights/:path*', '/experiments/:path*', '/report/:path*', '/settings/:path*'],
};
