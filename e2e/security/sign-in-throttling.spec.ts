// Issue 10, finding 2, over HTTP with two app instances sharing one PostgreSQL: the
// harness's instance (no trusted proxy, 127.0.0.1) and a second one started here.
// - Without a trusted proxy the client address is the socket's: a forged
//   X-Forwarded-For buys no extra attempts and is not what gets recorded.
// - With TRUSTED_PROXIES=1 the entry the proxy appended counts, not the client's own.
// - An account attacked from 20 addresses still opens from its owner's browser (device
//   token), while an unknown browser waits; attempts during the wait do not move it.
// The attacks go through addresses of their own ([::1], or 203.0.113.x behind the
// "proxy"), never 127.0.0.1, so the rest of the suite is not held up.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { queryDatabase } from "../support/database";
import { ACCOUNTS, DEMO_PASSWORD } from "../support/accounts";
import { startInstance } from "../support/second-instance";

test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_SECOND_PORT ?? 3540);
const WAIT_MESSAGE = /^Too many attempts from this browser; try again at \d{1,2}:\d{2}/;

const query = queryDatabase;

const attemptsFor = (email: string) =>
  query<{ address: string; succeeded: boolean; throttled: boolean }>('SELECT address, succeeded, throttled FROM "SignInAttempt" WHERE email = $1 ORDER BY id', [email]);

/**
 * An account of this test's own (a copy of delegate.ph, password included): other
 * specs sign in to the demo accounts from fresh browsers, and an attack on one of
 * those would make them wait.
 */
async function accountOfOurOwn(email: string): Promise<{ email: string }> {
  await query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "delegationId", "updatedAt")
     SELECT gen_random_uuid()::text, $1, 'Throttle Target', "passwordHash", role, "delegationId", now() FROM "User" WHERE email = $2
     ON CONFLICT (email) DO NOTHING`,
    [email, ACCOUNTS.delegatePh.email],
  );
  return { email };
}

/** Submits the sign-in form and returns what the form says (or "signed in"). */
async function submitSignIn(page: Page, email: string, password: string): Promise<string> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const alert = page.getByRole("main").getByRole("alert");
  const signOut = page.getByRole("button", { name: "Sign out", exact: true });
  await expect(alert.filter({ hasText: /\S/ }).or(signOut)).toBeVisible();
  return (await signOut.isVisible()) ? "signed in" : ((await alert.textContent()) ?? "");
}

async function newPage(browser: Browser, baseURL: string, forwardedFor?: string) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });
  return context.newPage();
}

test("[security] without a trusted proxy, a forged X-Forwarded-For gives no extra attempts", async ({ browser }) => {
  test.setTimeout(240_000);
  const instance = await startInstance({ hostname: "::1", port: PORT });
  try {
    const page = await newPage(browser, instance.baseURL);
    const said: string[] = [];
    for (let i = 0; i < 51; i++) {
      // A different forged address, and a different account, every time.
      await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `10.9.${i}.1, 172.16.9.${i}` });
      said.push(await submitSignIn(page, `forged-${i}@nowhere.demo`, "a guess"));
    }
    expect(said.slice(0, 50).every((s) => s === "The email or password is incorrect.")).toBe(true);
    expect(said[50]).toMatch(WAIT_MESSAGE);
    // The real password of a real account, from the same socket: still waits.
    expect(await submitSignIn(page, ACCOUNTS.delegatePh.email, DEMO_PASSWORD)).toMatch(WAIT_MESSAGE);
    expect((await attemptsFor("forged-7@nowhere.demo")).map((a) => a.address)).toEqual(["::1"]);
    await page.context().close();
  } finally {
    await instance.stop();
  }
});

test("[security] with TRUSTED_PROXIES=1 the proxy's entry counts; an account attacked from 20 addresses still opens from its owner's browser on the other instance", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const target = await accountOfOurOwn(`throttle-target-${Date.now()}@gov.demo`);
  // The owner signed in before, on the harness's instance: this browser holds a device token.
  const owner = await newPage(browser, baseURL!);
  expect(await submitSignIn(owner, target.email, DEMO_PASSWORD)).toBe("signed in");
  expect((await owner.context().cookies()).some((c) => c.name === "dw-device" && c.httpOnly)).toBe(true);
  await owner.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(owner.getByRole("heading", { name: "Sign in" })).toBeVisible();

  const instance = await startInstance({ hostname: "127.0.0.1", port: PORT + 1, env: { TRUSTED_PROXIES: "1" } });
  try {
    const attacker = await newPage(browser, instance.baseURL);
    const said: string[] = [];
    for (let i = 0; i < 20; i++) {
      // "6.6.6.x" is the client's own claim; "203.0.113.x" is what the proxy appended.
      await attacker.context().setExtraHTTPHeaders({ "x-forwarded-for": `6.6.6.${i}, 203.0.113.${i}` });
      said.push(await submitSignIn(attacker, target.email, `guess-${i}`));
    }
    expect(said.slice(0, 5).every((s) => s === "The email or password is incorrect.")).toBe(true);
    // Slowed, and the wait does not move while the attack goes on.
    const waits = said.slice(5);
    expect(waits.every((s) => WAIT_MESSAGE.test(s))).toBe(true);
    expect(new Set(waits).size).toBe(1);
    const attempts = (await attemptsFor(target.email)).slice(1);
    expect(attempts.map((a) => a.address)).toEqual(Array.from({ length: 20 }, (_, i) => `203.0.113.${i}`));
    expect(attempts.filter((a) => !a.throttled && !a.succeeded)).toHaveLength(5);
    await attacker.context().close();
  } finally {
    await instance.stop();
  }

  // Back on the harness's instance: the counts are shared. A new browser waits, even
  // with the right password; the owner's browser gets in.
  const stranger = await newPage(browser, baseURL!);
  expect(await submitSignIn(stranger, target.email, DEMO_PASSWORD)).toMatch(WAIT_MESSAGE);
  await stranger.context().close();
  expect(await submitSignIn(owner, target.email, DEMO_PASSWORD)).toBe("signed in");
  await owner.context().close();
});
