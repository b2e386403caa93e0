// Signs the measured viewer in exactly as a person does: the sign-in page in
// Chromium, the form filled and sent, which runs the form's server action
// (lib/actions/auth.ts → next-auth's credentials provider → throttling, Session row).
// next-auth's own HTTP endpoints are not exposed (lib/auth/auth-routes.ts), so there is
// no shorter way in; the session cookie the browser receives is kept for every later
// request of the benchmark.
import { launchBenchBrowser } from "./browser";

const SESSION_COOKIE = "authjs.session-token";

/** Returns the Cookie header value of a signed-in session. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ cookie: string; name: string; value: string }> {
  const browser = await launchBenchBrowser();
  let value: string | undefined;
  try {
    const page = await browser.newPage();
    // Asking for home: heads of delegation otherwise land on their dashboard.
    await page.goto(`${baseUrl}/sign-in?next=%2F`, { timeout: 60_000 });
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/", { timeout: 60_000 });
    value = (await page.context().cookies(baseUrl)).find((c) => c.name === SESSION_COOKIE)?.value;
  } finally {
    await browser.close();
  }
  if (!value) throw new Error(`Sign-in as ${email} gave no session cookie`);
  const cookie = `${SESSION_COOKIE}=${value}`;
  // The cookie must open a page, not bounce to the sign-in form.
  const home = await fetch(`${baseUrl}/`, { headers: { cookie }, redirect: "manual" });
  if (home.status !== 200) throw new Error(`Signed in as ${email}, but / answered ${home.status}`);
  return { cookie, name: SESSION_COOKIE, value };
}
