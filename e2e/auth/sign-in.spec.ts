import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";

// Heads of delegation and the secretariat start on the preparation dashboard, the others at home.
const LANDS_ON_DASHBOARD = new Set(["secretariat", "headLk", "headIoe", "headItuc"]);

for (const [key, account] of Object.entries(ACCOUNTS)) {
  const tag = key === "headLk" ? ["@smoke"] : [];
  test(`[auth] ${key} signs in and sees whom they act for`, { tag }, async ({ page }) => {
    await signIn(page, account);
    await expect(page).toHaveURL(LANDS_ON_DASHBOARD.has(key) ? /\/dashboard$/ : /\/$/);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Before the meetings" })).toBeVisible();
    const header = page.getByTestId("acting-as");
    if (account.delegation) {
      await expect(header).toContainText(`${account.delegation} — ${account.person}`);
      await expect(header).toContainText(`Constituent group: ${account.group}`);
      const delegation = page.getByRole("region", { name: "Your delegation" });
      await expect(delegation).toContainText(account.delegation);
      await expect(delegation).toContainText(account.group);
    } else {
      await expect(header).toContainText(`ILO Office (secretariat) — ${account.person}`);
    }
    await expect(page.getByRole("link", { name: /High-level Dialogue on International Migration/ })).toBeVisible();
  });
}

test("[auth] a wrong password is refused without saying whether the email exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS.adviserLk.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.adviserLk.email);
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill("nobody@nowhere.demo");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
});

test("[auth] empty fields get a message beside each field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter your email address.");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
});

test("[auth] an anonymous request for a theme page lands on sign-in, then on the theme", { tag: "@smoke" }, async ({ page }) => {
  const response = await page.goto("/meetings/hld-2013/themes/RT2");
  expect(response?.url()).toContain("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(ACCOUNTS.headLk.email);
  await page.getByLabel("Password").fill("demo-password-2013");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/meetings\/hld-2013\/themes\/RT2$/);
});

test("[auth] a forged session cookie gives no access", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
  await page.goto("/meetings/hld-2013/themes/RT2");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("[auth] signing out ends the session on the server", async ({ page, context, browser, baseURL }) => {
  await signIn(page, ACCOUNTS.delegateLk);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // Replaying the old cookie in a fresh browser must not get back in.
  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto("/");
  await expect(again.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await replay.close();
});
