import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { loginPath } from "@/lib/auth/next-path";
import { PATH_HEADER } from "@/lib/auth/request-path";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { isWellFormedPath } from "@/lib/http/well-formed";
import { isNonceArea, newNonce, securityOptions, staffContentSecurityPolicy } from "@/lib/security/headers";

const STAFF_AREAS = ["/editor", "/admin", "/account"];

function isStaffPath(pathname: string): boolean {
  return STAFF_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

/** True when the request carries a session token that Byline signed and that has not expired. */
async function hasSessionToken(request: NextRequest): Promise<boolean> {
  const secret = ensureAuthSecret();
  // On https the cookie name has the __Secure- prefix; browsers never send
  // such a cookie over plain http, so looking for both names is safe.
  for (const secureCookie of [true, false]) {
    if ((await getToken({ req: request, secret, secureCookie }))?.sub) return true;
  }
  return false;
}

/**
 * Answers a malformed address with 400 (see isWellFormedPath), then keeps
 * anonymous visitors out of staff pages: they are sent to /login and
 * brought back afterwards. This is a first gate only; every staff page, server
 * action and route handler checks the user and the policy itself
 * (lib/auth/session.ts), because a valid token may belong to a user who has
 * since been disabled. The proxy only reads the cookie, never sets it, so it
 * cannot undo a sign-out made by the request it lets through.
 *
 * Per-request pages (staff areas, sign-in, one-time links) get a strict
 * Content-Security-Policy with a fresh nonce: set on the request too, where
 * Next reads the nonce to put on its scripts. Any such header the browser
 * sent is replaced.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return new NextResponse("Bad request: this address has a malformed %-escape.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (!isNonceArea(pathname)) return NextResponse.next();
  const forwarded = new Headers(request.headers);
  if (isStaffPath(pathname)) {
    const path = `${pathname}${search}`;
    if (!(await hasSessionToken(request))) {
      return NextResponse.redirect(new URL(loginPath({ next: path }), request.nextUrl));
    }
    forwarded.set(PATH_HEADER, path);
  }
  const policy = staffContentSecurityPolicy(newNonce(), securityOptions());
  forwarded.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * The proxy runs only where it has work: per-request pages (NONCE_AREAS in
 * lib/security/headers.ts; Next needs the list written out here), and addresses with a
 * "%" that is not a plain ASCII escape (%00–%7F), the only ones that can fail
 * to decode (which would otherwise reach a page's parameters and fail there
 * with a 500). Reader pages with ordinary addresses never pay for it:
 * running it on every request cost the cached story page about a third of its
 * throughput (README, "Performance").
 */
export const config = {
  matcher: [
    "/editor/:path*",
    "/admin/:path*",
    "/account/:path*",
    "/login/:path*",
    "/invite/:path*",
    "/reset/:path*",
    "/:path(.*%(?![0-7][0-9A-Fa-f]).*)",
  ],
};
