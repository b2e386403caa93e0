import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

test("[account] a weak new password is refused beside the field; the account page passes axe", async ({ page }) => {
  await signIn(page, ACCOUNTS.headItuc);
  await page.getByRole("link", { name: "Account" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Current password").fill("demo-password-2013");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("New password again").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/Use at least 12 characters/);
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a perfectly good passphrase");
  await page.getByLabel("New password again").fill("a perfectly good passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("Your current password is not correct.");
});
