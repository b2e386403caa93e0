import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

/**
 * How long a sign-in may take to land: one argon2 verification, a redirect and the
 * landing page's first render. Measured at 3.6 s for the POST alone and 10 s to the
 * landing heading with two workers and two extra app instances on the 2-core machine;
 * no spec times sign-in, so waiting longer here hides nothing a test asserts.
 */
export const SIGN_IN_LANDS = { timeout: 30_000 };

/**
 * Signs in through the form, as a person would, and waits for the page they land on:
 * home, or the preparation dashboard for heads of delegation and the secretariat.
 */
export async function signIn(page: Page, account: { email: string }, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectLanded(page);
}

/** The page a sign-in lands on: home, or the dashboard for heads and the secretariat. */
export async function expectLanded(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: /^(Before the meetings|Preparation dashboard)$/ })).toBeVisible(SIGN_IN_LANDS);
}
