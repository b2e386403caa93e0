import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

test("[people] the directory and a person's page, reached from the header; no address outside the delegation; axe clean", async ({ page }) => {
  // Two axe scans on a shared machine.
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.delegateLk);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(ACCOUNTS.delegateLk.delegation);
  await expect(page.getByRole("link", { name: ACCOUNTS.secretariat.person })).toBeVisible();
  // Other groups are not listed.
  await expect(page.getByRole("link", { name: ACCOUNTS.headIoe.person })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: ACCOUNTS.delegatePh.person }).click();
  await expect(page.getByRole("heading", { level: 1, name: ACCOUNTS.delegatePh.person })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(ACCOUNTS.delegatePh.delegation, { exact: true })).toBeVisible();
  await expect(main.getByText("Governments", { exact: true })).toBeVisible();
  await expect(page.getByText(ACCOUNTS.delegatePh.email)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/people");
  await page.getByRole("link", { name: ACCOUNTS.adviserLk.person }).click();
  await expect(page.getByText(ACCOUNTS.adviserLk.email), "a member of one's own delegation: the address is shown").toBeVisible();
});
