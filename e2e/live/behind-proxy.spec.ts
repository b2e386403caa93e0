import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "../support/accounts";
import { freePort, startInstance, type TInstance } from "../support/second-instance";
import { startBalancer, type TBalancer } from "../support/balancer";
import { noteCard, saveNote, unique } from "../annotations/helpers";
import { queryDatabase } from "../support/database";
import { expectLanded } from "../support/sign-in";

// The deployment of deploy/compose.yaml, run here without Docker: two app instances
// on one database behind a load balancer that sets X-Forwarded-For (a small Node
// proxy, e2e/support/balancer.ts, in place of Caddy), with TRUSTED_PROXIES=1 as the
// compose file sets it. A note written through one instance reaches a page whose event
// stream is held by the other; a browser that cannot hold a stream still works; and
// both instances take the client's address from the proxy, not from the browser.

const REMOTE_CLIENT = "203.0.113.7"; // what the balancer reports (TEST-NET-3)
const SPOOFED = "198.51.100.66"; // what a browser claims in its own X-Forwarded-For

let instances: TInstance[] = [];
let balancer: TBalancer | undefined;

test.beforeAll(async () => {
  test.skip(!process.env.DATABASE_URL, "two instances need a PostgreSQL server (the embedded database has one owner)");
  test.setTimeout(180_000);
  for (let i = 0; i < 2; i++) {
    instances.push(await startInstance({ hostname: "127.0.0.1", port: await freePort(), env: { TRUSTED_PROXIES: "1", WEB_CONCURRENCY: "1" } }));
  }
  balancer = await startBalancer(
    instances.map((instance) => instance.baseURL),
    { clientAddress: REMOTE_CLIENT },
  );
});

test.afterAll(async () => {
  await balancer?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  instances = [];
});

async function signInThroughBalancer(browser: Browser, account: { email: string }, options: { noStream?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": SPOOFED } });
  // A browser whose event stream a proxy refuses: the pages must work all the same.
  if (options.noStream) await context.route("**/api/live", (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${balancer!.baseURL}/sign-in`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectLanded(page);
  return page;
}

test("[live] behind a load balancer: a note crosses instances to an open page, and the client address is the proxy's", async ({ browser }) => {
  test.setTimeout(120_000);
  const started = new Date();
  const lb = balancer!;
  const tag = unique("proxy").replace(/\s+/g, "-");
  const rt2 = `${lb.baseURL}/meetings/hld-2013/themes/RT2?tag=${encodeURIComponent(tag)}`;
  const ph = await signInThroughBalancer(browser, ACCOUNTS.delegatePh);
  const lk = await signInThroughBalancer(browser, ACCOUNTS.headLk, { noStream: true });

  const sincePhOpened = lb.served.length;
  await ph.goto(rt2);
  await expect(ph.getByRole("heading", { level: 2, name: "Notes" })).toBeVisible();
  // The theme page's own stream (the dashboard's closed when she left it).
  const streamOfPage = () => lb.served.slice(sincePhOpened).find((s) => s.path === "/api/live");
  await expect.poll(streamOfPage).toBeTruthy();
  const stream = streamOfPage()!;

  await lk.goto(rt2);
  await lk.getByRole("button", { name: "Write a note on the whole theme" }).click();
  const body = unique("Through the balancer, for the government group");
  const before = lb.served.length;
  // The save goes to the instance that does not hold her stream (see TBalancer.pin).
  lb.pin("POST", 1 - stream.upstream);
  await saveNote(lk, { body, scope: /My constituent group/, tags: tag });
  lb.pin("POST", null);
  const posts = lb.served.slice(before).filter((s) => s.method === "POST");
  expect(posts.length).toBeGreaterThan(0);
  expect(posts.every((s) => s.upstream !== stream.upstream)).toBe(true);
  await expect(noteCard(ph, body)).toBeVisible({ timeout: 2_000 });
  expect(new Set(lb.served.map((s) => s.upstream))).toEqual(new Set([0, 1]));

  // Both sign-ins were counted against the address the proxy reported, whichever
  // instance served them, never the one the browser wrote. (Other specs sign the same
  // accounts in meanwhile, straight to the suite's server: only rows with one of the
  // two addresses are this test's.)
  const rows = await queryDatabase<{ email: string; address: string }>(
    `SELECT "email", "address" FROM "SignInAttempt" WHERE "email" = ANY($1) AND "createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') AND "address" = ANY($3) ORDER BY "email"`,
    [[ACCOUNTS.delegatePh.email, ACCOUNTS.headLk.email], started.toISOString(), [REMOTE_CLIENT, SPOOFED]],
  );
  expect(rows).toEqual([
    { email: ACCOUNTS.delegatePh.email, address: REMOTE_CLIENT },
    { email: ACCOUNTS.headLk.email, address: REMOTE_CLIENT },
  ]);
});
