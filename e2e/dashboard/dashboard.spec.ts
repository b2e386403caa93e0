import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

// The demo as a newcomer meets it: shown as of 16 September 2013, a head of delegation
// lands on the preparation dashboard, whose charts say what they show in words too.

const LANGUAGES = [
  { locale: "en", heading: "Preparation dashboard", banner: "Demo: shown as of 16 September 2013.", table: "The figures as a table" },
  { locale: "fr", heading: "Tableau de bord de la préparation", banner: "Démo : présentée à la date du 16 septembre 2013.", table: "Les chiffres sous forme de tableau" },
  { locale: "es", heading: "Panel de preparación", banner: "Demostración: se muestra a fecha del 16 de septiembre de 2013.", table: "Las cifras en forma de tabla" },
] as const;

async function inLanguage(page: Page, baseURL: string, locale: string) {
  await page.context().addCookies([{ name: "locale", value: locale, url: baseURL }]);
  await page.goto("/dashboard");
}

test("[dashboard] a head lands on the dashboard of the demo, as of its date, with days left, overdue work and charts that read as tables", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.headLk);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("banner").getByText("Demo: shown as of 16 September 2013.")).toBeVisible();
  const hld = page.getByRole("region", { name: "United Nations General Assembly High-level Dialogue on International Migration and Development" });
  await expect(hld.getByText("17 days left")).toBeVisible();
  await expect(page.getByRole("region", { name: "What to do next" }).getByText(/^Overdue — /).first()).toBeVisible();

  // Each chart is one image named by its title; its figures open as a table from the keyboard.
  const burndown = hld.getByRole("img", { name: /^Our actions toward United Nations General Assembly/ });
  await expect(burndown).toBeVisible();
  await expect(burndown).toHaveAccessibleDescription(/^On Sep 16, 2013: \d+ open, \d+ done; the meeting opens on Oct 3, 2013\.$/);
  const disclosure = hld.getByText("The figures as a table");
  await disclosure.focus();
  await page.keyboard.press("Enter");
  await expect(hld.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Open" }) }).getByRole("row", { name: /Sep 16, 2013/ })).toBeVisible();

  for (const lang of LANGUAGES) {
    await inLanguage(page, baseURL!, lang.locale);
    await expect(page.getByRole("heading", { level: 1, name: lang.heading })).toBeVisible();
    await expect(page.getByRole("banner").getByText(lang.banner)).toBeVisible();
    await expect(page.getByText(lang.table).first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("[dashboard] the secretariat's readiness view in three languages, with its figures as CSV; others get no CSV", async ({ page, baseURL, browser }) => {
  test.setTimeout(240_000);
  await signIn(page, ACCOUNTS.secretariat);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("How far the delegations have got, in counts only")).toBeVisible();
  await expect(page.getByRole("img", { name: "Delegations active in the last 7 days, by group" })).toBeVisible();
  for (const lang of LANGUAGES) {
    await inLanguage(page, baseURL!, lang.locale);
    await expect(page.getByRole("heading", { level: 1, name: lang.heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.context().addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  const csv = await page.request.get("/dashboard/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toBe("\uFEFFSection,Meeting,Theme,Group,Figure,Value");

  const delegate = await (await browser.newContext()).newPage();
  await signIn(delegate, ACCOUNTS.delegatePh);
  await expect(delegate).toHaveURL(/\/$/);
  expect((await delegate.request.get("/dashboard/export")).status()).toBe(404);
  await delegate.getByRole("link", { name: "Open the preparation dashboard" }).click();
  await expect(delegate.getByRole("heading", { level: 1, name: "Preparation dashboard" })).toBeVisible();
  await delegate.context().close();
});

test("[themes] the paper's footnote markers link to their notes and back, and copy as plain words", async ({ page }) => {
  await signIn(page, ACCOUNTS.delegatePh);
  await page.goto("/meetings/hld-2013/themes/RT2");
  const background = page.getByRole("region", { name: "Background" });
  const marker = background.getByRole("link", { name: "Source note 7" });
  await marker.click();
  await expect(page).toHaveURL(/#fn-7$/);
  const note = page.getByRole("region", { name: "Notes to the text" }).getByRole("listitem").filter({ hasText: "As embodied in the eight ILO core conventions" });
  await expect(note).toBeVisible();
  await note.getByRole("link", { name: "Back to the text (note 7)" }).click();
  await expect(page).toHaveURL(/#fnref-7$/);
  await expect(marker).toBeInViewport();
  // Selecting the paragraph copies its words without the marker's digits.
  const copied = await page.locator("#p2 [data-annotatable-paragraph]").evaluate((paragraph) => {
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  expect(copied).toContain("rights at work as human rights");
  expect(copied).not.toMatch(/[a-z.,)]\d+\s/);
});
