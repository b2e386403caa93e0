import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

const LANGUAGES = [
  { locale: "en", signInHeading: "Sign in", homeHeading: "Before the meetings" },
  { locale: "fr", signInHeading: "Connexion", homeHeading: "Avant les réunions" },
  { locale: "es", signInHeading: "Iniciar sesión", homeHeading: "Antes de las reuniones" },
] as const;

for (const lang of LANGUAGES) {
  test(`[a11y] sign-in, home, meeting and theme pages have no axe violations (${lang.locale})`, async ({ page, context, baseURL }) => {
    // Four pages, each scanned whole by axe (the theme page with its notes is the
    // largest of the app): more than the default 30 s on a busy 2-core machine.
    test.setTimeout(90_000);
    await signIn(page, ACCOUNTS.delegateLk);
    // The language cookie is what the switcher sets; setting it here keeps the
    // account's own saved language untouched for other tests.
    await context.addCookies([{ name: "locale", value: lang.locale, url: baseURL! }]);

    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", lang.locale);
    await expect(page.getByRole("heading", { level: 1, name: lang.homeHeading })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/meetings/hld-2013");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto("/meetings/hld-2013/themes/RT2");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("human rights");
    await expectNoAxeViolations(page);

    await context.clearCookies();
    await context.addCookies([{ name: "locale", value: lang.locale, url: baseURL! }]);
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1, name: lang.signInHeading })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("[i18n] the language switcher changes the interface and can switch back", async ({ page }) => {
  await signIn(page, ACCOUNTS.headItuc);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Avant les réunions" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await page.getByRole("button", { name: "Español" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Antes de las reuniones" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Before the meetings" })).toBeVisible();
});
