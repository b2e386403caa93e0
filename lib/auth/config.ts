import "server-only";
// next-auth wiring: email + password only. The JWT in the cookie carries nothing but
// the id of our own Session row (lib/auth/sessions.ts), which is what decides whether
// a request is signed in.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZSignInInput } from "@/lib/validation/auth";
import { verifyCredentials } from "./verify-credentials";
import { cookies } from "next/headers";
import { clientAddress } from "./client-address";
import { cookieFromHeader, DEVICE_COOKIE, DEVICE_TOKEN_DAYS, readDeviceTokens } from "./device-token";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { env } from "@/lib/env";

/** Carries the end of the wait to the sign-in action (next-auth rethrows it as is). */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAt: Date) {
    super();
  }
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    sessionId?: string;
  }
}

const SESSION_MAX_AGE_SECONDS = Number(process.env.SESSION_MAX_AGE_HOURS ?? 12) * 3600;

// Wrong passwords and unreadable cookies are expected traffic, recorded in the audit
// log; they are not server errors worth a stack trace.
const EXPECTED_AUTH_ERRORS = new Set(["CredentialsSignin", "JWTSessionError"]);

// No `handlers`: next-auth's HTTP endpoints are not exposed (lib/auth/auth-routes.ts).
export const { auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    error(error) {
      // `type`, not `name`: the production build minifies class names.
      const type = "type" in error && typeof error.type === "string" ? error.type : error.name;
      if (!EXPECTED_AUTH_ERRORS.has(type)) console.error("[auth]", error);
    },
  },
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = ZSignInInput.safeParse(credentials);
        if (!parsed.success) return null;
        const deviceTokens = readDeviceTokens(cookieFromHeader(request.headers.get("cookie"), DEVICE_COOKIE), env().AUTH_SECRET);
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientAddress(request.headers), deviceTokens);
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignIn(result.retryAt);
          return null;
        }
        if (result.deviceCookie) {
          (await cookies()).set(DEVICE_COOKIE, result.deviceCookie, {
            httpOnly: true,
            sameSite: "lax",
            path: "/",
            secure: new URL(request.url).protocol === "https:",
            maxAge: DEVICE_TOKEN_DAYS * 86_400,
          });
        }
        return { id: result.userId, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    // next-auth's own callback route takes a callbackUrl too: the same rule as `next`.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeRedirectPath(path)}`;
    },
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    // Read in-process only, by getViewer (current-viewer.ts); no HTTP response ever
    // serialises this object, so the session id stays on the server.
    session({ session, token }) {
      return { ...session, sessionId: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
});
