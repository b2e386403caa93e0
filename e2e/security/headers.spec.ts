import { expect, test, type APIResponse } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";

function expectSecurityHeaders(response: APIResponse | null, path: string) {
  expect(response, path).not.toBeNull();
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${path} CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(csp, `${path} ${directive}`).toContain(directive);
  }
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"], path).toContain("max-age=");
}

test("[security] every kind of response carries the security headers", async ({ page, request }) => {
  for (const path of ["/sign-in", "/", "/meetings/hld-2013/themes/RT2", "/api/auth/session", "/api/calendar/not-a-token", "/invitations/not-a-token", "/no-such-page"]) {
    const anonymous = await request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(anonymous, `anonymous ${path}`);
  }
  await signIn(page, ACCOUNTS.delegatePh);
  const signedInPaths = [
    "/", "/meetings/hld-2013", "/meetings/hld-2013/themes/RT2", "/meetings/hld-2013/themes/RT9", "/notifications", "/account",
    "/actions", "/actions/board", "/actions/new", "/actions/export", "/actions/calendar", "/positions", "/meetings/hld-2013/positions",
    "/meetings/hld-2013/themes/RT1/position/GOVERNMENT", "/admin", "/admin/audit",
  ];
  for (const path of signedInPaths) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response, `signed in ${path}`);
  }
});

test("[security] pages run their scripts under the policy without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, ACCOUNTS.headLk);
  await page.goto("/meetings/hld-2013/themes/RT2");
  // Hydration ran (scripts executed): a client-side navigation works without a reload.
  await page.getByRole("link", { name: "United Nations General Assembly High-level Dialogue on International Migration and Development" }).click();
  await expect(page).toHaveURL(/\/meetings\/hld-2013$/);
  expect(violations).toEqual([]);

  // Every script the server sends carries this response's nonce (later chunks are
  // trusted through 'strict-dynamic').
  const response = await page.request.get("/meetings/hld-2013/themes/RT2");
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});
