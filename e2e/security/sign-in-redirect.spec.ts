// Issue 10, finding 1: `/sign-in?next=/%09/127.0.0.1:4555/pwned` sent people to another
// host after a normal sign-in, and some values of `next` gave a 500. Every hostile value
// goes through the real sign-in, twice over: as the link's `next` (what the page puts in
// its form) and written straight into the form's hidden field (what the action gets
// from a hand-made POST). Each must land on this site, with no 5xx anywhere.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD } from "../support/accounts";
import { HOSTILE_NEXT_QUERIES, HOSTILE_NEXT_VALUES } from "../support/hostile-next-values";

const QUERIES = [...HOSTILE_NEXT_VALUES.map((value) => `next=${value}`), ...HOSTILE_NEXT_QUERIES];
const PARTS = 3;

async function signInThrough(page: Page, query: string, origin: string, serverErrors: string[]) {
  await page.context().clearCookies();
  const response = await page.goto(`/sign-in?${query}`);
  expect(response?.status(), query).toBeLessThan(500);
  const hidden = page.locator('input[name="next"]');
  // The page only ever offers a same-site path to its form.
  expect(await hidden.inputValue(), query).toMatch(/^\/(?!\/)[!-~]*$/);
  // Then as a hand-made POST would: the raw value in the form field.
  const raw = new URLSearchParams(query).get("next") ?? "";
  await hidden.evaluate((input: HTMLInputElement, value) => (input.value = value), raw);
  await page.getByLabel("Email").fill(ACCOUNTS.observerIom.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in", { waitUntil: "commit" });
  expect(new URL(page.url()).origin, query).toBe(origin);
  await expect(page.getByRole("button", { name: "Sign out", exact: true }), query).toBeVisible();
  expect(serverErrors, query).toEqual([]);
}

for (let part = 0; part < PARTS; part++) {
  const slice = QUERIES.filter((_, i) => i % PARTS === part);
  test(`[security] hostile next values (${part + 1}/${PARTS}, ${slice.length}) all land on this site after sign-in`, async ({ page, baseURL }) => {
    // A full sign-in per value (argon2, redirect, landing): 9 s each on a busy run.
    test.setTimeout(slice.length * 20_000);
    const serverErrors: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url().slice(0, 200)}`);
    });
    const origin = new URL(baseURL!).origin;
    for (const query of slice) await signInThrough(page, query, origin, serverErrors);
  });
}


test("[security] control characters, huge values and look-alikes in the sign-in fields get a message, never a 5xx", async ({ page }) => {
  const serverErrors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });
  const emails = ["a\u0000b@gov.demo", "head.lk@gov.demo\n", "head.lk@gov.demo\r\nX: y", "head\u3000lk@gov.demo", "x".repeat(100_000), "\u202e@gov.demo"];
  for (const email of emails) {
    await page.goto("/sign-in"); // a fresh form: no message left from the previous value
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("p\u0000ss\nword\u3000".repeat(200));
    await page.getByRole("button", { name: "Sign in" }).click();
    // A message in the form's alert or beside a field, and never "unavailable".
    const refused = page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });
    await expect(refused.or(page.locator("input[aria-invalid=true]")).first(), JSON.stringify(email.slice(0, 40))).toBeVisible();
    await expect(page.getByText("Sign-in is unavailable")).toHaveCount(0);
    await expect(page).toHaveURL(/\/sign-in/);
  }
  expect(serverErrors).toEqual([]);
});
