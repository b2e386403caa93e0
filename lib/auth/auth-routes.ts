import "server-only";
// What the app answers under /api/auth/*. Signing in, signing out and reading the
// session all run in-process (next-auth's signIn/signOut/auth, called from server
// actions and getViewer), so the app needs none of next-auth's own HTTP endpoints.
// Left exposed they were a second, weaker door: POST /signout cleared the cookie but
// left the Session row valid (a copied cookie kept working), GET /session answered
// from the signed token alone (a revoked, expired or deactivated session read as
// signed in) and showed our internal session id, and /callback/credentials was a
// sign-in path beside the form.
//
// So the two endpoints a next-auth client would call answer by the app's own rules,
// and everything else (signin, callback, csrf, providers, error…) is a plain 404:
//   POST /api/auth/signout — ends the session exactly like the Sign out button;
//   GET  /api/auth/session — what getViewer decides: the person's name and e-mail, or
//                            null; never a session id or anything from the token.
import { getViewer } from "./current-viewer";
import { endCurrentSession } from "./sign-out";
import { isSameOrigin } from "@/lib/security/same-origin";

type TRouteContext = { params: Promise<{ nextauth: string[] }> };

const NO_STORE = { "Cache-Control": "no-store" };

async function endpoint(context: TRouteContext): Promise<string> {
  const { nextauth } = await context.params;
  return nextauth.join("/");
}

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: NO_STORE });
}

export async function authGet(_request: Request, context: TRouteContext): Promise<Response> {
  if ((await endpoint(context)) !== "session") return notFound();
  const viewer = await getViewer();
  return Response.json(viewer ? { user: { name: viewer.name, email: viewer.email } } : null, { headers: NO_STORE });
}

export async function authPost(request: Request, context: TRouteContext): Promise<Response> {
  if ((await endpoint(context)) !== "signout") return notFound();
  // The cookie is SameSite=Lax, so another site's form cannot send it; refusing a
  // foreign or missing Origin as well keeps sign-out from being forced on anyone.
  if (!isSameOrigin(request)) return notFound();
  await endCurrentSession();
  return new Response(null, { status: 303, headers: { Location: "/sign-in", ...NO_STORE } });
}
