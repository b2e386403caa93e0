// Signs the measured viewer in the way the app's own sign-in form ends up doing:
// the form's server action (lib/actions/auth.ts) calls next-auth's signIn with the
// credentials provider, whose authorize (lib/auth/config.ts) checks the password,
// applies throttling and opens a Session row. Here the same provider is reached over
// HTTP through next-auth's credentials endpoint (CSRF token first, as next-auth
// requires), and the session cookie it sets is kept for every later request.
const SESSION_COOKIE = "authjs.session-token";

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
  }
  return jar;
}

/** Returns the Cookie header value of a signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ cookie: string; name: string; value: string }> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  const value = cookiesOf(response).get(SESSION_COOKIE);
  if (!value) throw new Error(`Sign-in as ${email} failed: ${response.status} ${response.headers.get("location") ?? ""}`);
  const cookie = `${SESSION_COOKIE}=${value}`;
  // The cookie must open a page, not bounce to the sign-in form.
  const home = await fetch(`${baseUrl}/`, { headers: { cookie }, redirect: "manual" });
  if (home.status !== 200) throw new Error(`Signed in as ${email}, but / answered ${home.status}`);
  return { cookie, name: SESSION_COOKIE, value };
}
