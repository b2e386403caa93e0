import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";

test("[themes] home lists the meetings, the meeting lists its themes in order, RT2 shows its text", { tag: "@smoke" }, async ({ page }) => {
  await signIn(page, ACCOUNTS.headLk);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await page.getByRole("link", { name: /High-level Dialogue on International Migration/ }).click();
  const themes = page.getByRole("region", { name: "Themes" }).getByRole("listitem");
  await expect(themes).toHaveCount(4);
  await expect(themes.nth(0)).toContainText("RT1");
  await expect(themes.nth(3)).toContainText("RT4");

  // The theme list ("RT2 — Measures …"), not the chain of linked meetings above it.
  await page.getByRole("link", { name: /^RT2 — / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Measures to ensure respect for and protection of the human rights");
  const background = page.getByRole("region", { name: "Background" });
  await expect(background.locator("p")).toHaveCount(4);
  await expect(background).toContainText("Domestic Workers Convention");
  const instruments = page.getByRole("region", { name: "Instruments this theme touches" });
  for (const code of ["C097", "C143", "C189", "C181", "R202", "MFLM"]) {
    await expect(instruments.getByText(code, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Key figures" })).toContainText("USD 406 billion");
});

test("[themes] a theme that does not exist answers 404", async ({ page }) => {
  await signIn(page, ACCOUNTS.delegatePh);
  const response = await page.goto("/meetings/hld-2013/themes/RT9");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const meeting = await page.goto("/meetings/no-such-meeting");
  expect(meeting?.status()).toBe(404);
});

test("[themes] the regional meetings have no themes yet and say so", async ({ page }) => {
  await signIn(page, ACCOUNTS.observerIom);
  await page.goto("/meetings/regional-preparatory-2013");
  await expect(page.getByText("No themes yet.")).toBeVisible();
});
