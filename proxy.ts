// Runs before every request: gives each response its Content-Security-Policy nonce,
// and sends requests without a session cookie to the sign-in page. The latter is a
// convenience, not protection: every page, action and route handler checks the
// session itself against the database (lib/auth/current-viewer.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";
import { databaseAvailable } from "@/lib/db-health";
import { unavailableResponse } from "@/lib/security/unavailable-page";
import { env } from "@/lib/env";
import { pathHasControlCharacters } from "@/lib/validation/text";

// "/api/calendar": the iCalendar feed, which calendar apps fetch without a cookie; it
// authenticates by its secret token (app/api/calendar/[token]/route.ts).
const PUBLIC_PATHS = ["/sign-in", "/invitations", "/api/auth", "/api/calendar"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env().NODE_ENV === "development" });

  // No route of ours has a control character in it; a NUL in an id would reach a
  // database query as an error (a 500) instead of "not found".
  if (pathHasControlCharacters(pathname)) {
    return new NextResponse("Not found", { status: 404, headers: { "content-security-policy": csp, "content-type": "text/plain; charset=utf-8" } });
  }

  if (!(await databaseAvailable(env().DATABASE_URL))) {
    const unavailable = unavailableResponse();
    unavailable.headers.set("content-security-policy", csp);
    return unavailable;
  }

  let response: NextResponse;
  if (isPublic(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // Next reads the nonce from the request's CSP header and stamps its scripts.
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
