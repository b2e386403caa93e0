import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./accounts";

/**
 * Signs in through the form, as a person would, and waits for the page they land on:
 * home, or the preparation dashboard for heads of delegation and the secretariat.
 */
export async function signIn(page: Page, account: { email: string }, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^(Before the meetings|Preparation dashboard)$/ })).toBeVisible();
}
