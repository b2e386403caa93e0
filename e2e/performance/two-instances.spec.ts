import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { saveNote, unique } from "../annotations/helpers";
import { freePort } from "../support/second-instance";

// Two app instances on one database, as behind a load balancer: a note written
// through one appears on the next page view served by the other, so nothing a page
// shows is kept in one process's memory (issue 9, "no stale per-process cache").

let second: ChildProcess | undefined;
let secondUrl = "";

test.beforeAll(async () => {
  test.skip(!process.env.DATABASE_URL, "two instances need a PostgreSQL server (the embedded database has one owner)");
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  // The same build and environment as the suite's own server (playwright.config.ts).
  second = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  await expect
    .poll(async () => (await fetch(`${secondUrl}/sign-in`).catch(() => null))?.status ?? 0, { timeout: 60_000 })
    .toBe(200);
});

test.afterAll(() => {
  second?.kill();
});

test("[performance] a note written on one instance is on the next page of another", async ({ page }) => {
  const theme = "/meetings/hld-2013/themes/RT2";
  await signIn(page, ACCOUNTS.delegateLk);
  // The session lives in the database: the same cookie works on the second instance.
  await page.goto(`${secondUrl}${theme}`);
  await expect(page.getByRole("heading", { level: 2, name: "Notes" })).toBeVisible();

  const body = unique("Written on the first instance");
  const tag = unique("instances").replace(/\s+/g, "-");
  await page.goto(theme);
  await page.getByRole("button", { name: "Write a note on the whole theme" }).click();
  await saveNote(page, { body, scope: /All participants/, tags: tag });

  await page.goto(`${secondUrl}${theme}?tag=${encodeURIComponent(tag)}`);
  await expect(page.getByRole("region", { name: "Notes" }).getByText(body)).toBeVisible();
});
