import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { signIn } from "../support/sign-in";
import { personPage, saveNote, unique } from "../annotations/helpers";

// Search in the browser (issue 12): the header box and its "/" shortcut, the results
// page grouped by kind with highlighted snippets, the GET form without JavaScript,
// and axe in the three languages. The visibility matrix, the language cases and
// hostile input are integration tests (test/integration/search-*.test.ts).

const RT2 = "/meetings/hld-2013/themes/RT2";

/** A word of letters only, unique to this run (searches are per word). */
const word = (label: string) => unique(label).replace(/[^a-z]/gi, "");

async function writeThemeNote(page: Page, body: string) {
  await page.goto(RT2);
  await page.getByRole("button", { name: "Write a note on the whole theme" }).click();
  await saveNote(page, { body });
}

test("[search] a delegate finds their delegation's notes in three languages from the header box; an employer finds nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const lk = await personPage(browser, ACCOUNTS.delegateLk);
  const tag = word("srch");
  await writeThemeNote(lk, `Recruitment fees charged to migrant workers (${tag}en) must end; <b>bold</b> <script>alert(1)</script>`);
  await writeThemeNote(lk, `Les travailleurs migrants domestiques (${tag}fr) doivent être protégés.`);
  await writeThemeNote(lk, `La delegación apoya la ratificación (${tag}es) del convenio.`);

  // "/" outside a field goes to the search box; typed into a field it stays text.
  await lk.goto(RT2);
  const box = lk.getByRole("searchbox", { name: "Search the workspace" });
  // The shortcut works once the page's script has started: press until it has.
  await expect(async () => {
    await lk.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await expect(box).toHaveValue("");
  await box.fill(`fees ${tag}en`);
  await box.press("Enter");
  await expect(lk).toHaveURL(/\/search\?q=/);
  await expect(lk.getByRole("status")).toHaveText(`1 result for “fees ${tag}en”`);
  const notes = lk.getByRole("region", { name: "Notes (1)" });
  const hit = notes.getByRole("listitem");
  await expect(hit.getByRole("link", { name: "Note by Government of Sri Lanka — Anusha Fernando" })).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText("fees");
  // What the note says about HTML is shown as text, never run.
  await expect(hit).toContainText("<b>bold</b> <script>alert(1)");
  await expect(hit.locator("b, script")).toHaveCount(0);
  await expect(hit.getByText("Seen by my delegation only")).toBeVisible();

  for (const [typed, marked] of [
    [`travailleur ${tag}fr`, "travailleurs"],
    [`delegacion ${tag}es`, "delegación"],
  ] as const) {
    const searchBox = lk.getByRole("searchbox", { name: "Search for" });
    await searchBox.fill(typed);
    await searchBox.press("Enter");
    await expect(lk.getByRole("status")).toHaveText(`1 result for “${typed}”`);
    await expect(lk.getByRole("region", { name: "Notes (1)" }).locator("mark").first()).toHaveText(marked);
  }
  await lk.getByRole("link", { name: "Note by Government of Sri Lanka — Anusha Fernando" }).click();
  await expect(lk).toHaveURL(/\/notes\//);

  const ioe = await personPage(browser, ACCOUNTS.headIoe);
  await ioe.goto(`/search?q=${tag}en`);
  await expect(ioe.getByRole("status")).toHaveText(`0 results for “${tag}en”`);
  await expect(ioe.getByRole("heading", { name: `Nothing you may read matches “${tag}en”.` })).toBeVisible();
  await expect(ioe.getByRole("combobox", { name: "Author's delegation" }).getByRole("option")).toHaveText(["Any delegation"]);
});

test("[search] works without JavaScript: the GET form, a kind, filters and the way back to all results", async ({ browser }) => {
  test.setTimeout(90_000);
  const writer = await personPage(browser, ACCOUNTS.delegatePh);
  const tag = word("nojs");
  await writer.goto(RT2);
  await writer.getByRole("button", { name: "Write a note on the whole theme" }).click();
  await saveNote(writer, { body: `Bilateral labour agreements ${tag} need follow-up.`, scope: /My constituent group/ });

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.headLk);
  await page.getByRole("searchbox", { name: "Search the workspace" }).fill(`agreements ${tag}`);
  await page.getByRole("button", { name: "Search", exact: true }).first().click();
  await expect(page.getByRole("status")).toHaveText(`1 result for “agreements ${tag}”`);
  await page.getByRole("navigation", { name: "Results by kind" }).getByRole("link", { name: "Notes (1)" }).click();
  await expect(page).toHaveURL(/kind=note/);
  await page.getByRole("combobox", { name: "Seen by" }).selectOption({ label: "My delegation only" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { name: `Nothing you may read matches “agreements ${tag}” with these filters.` })).toBeVisible();
  await page.getByRole("link", { name: `Search for “agreements ${tag}” without filters` }).click();
  await expect(page.getByRole("status")).toHaveText(`1 result for “agreements ${tag}”`);

  // Text the page refuses comes back with its message, never an error page.
  const nul = await page.goto("/search?q=fees%00wages");
  expect(nul?.status()).toBe(200);
  await expect(page.getByText("Contains invisible control characters", { exact: false })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search for" })).toHaveAttribute("aria-invalid", "true");
  const long = await page.goto(`/search?q=${"a".repeat(500)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText("Search for at most 200 characters.")).toBeVisible();
  await context.close();
});

test("[search] the search page has no axe violations in English, French and Spanish", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const page = await personPage(browser, ACCOUNTS.headLk);
  const tag = word("axe");
  await writeThemeNote(page, `Social protection floors ${tag} and portability.`);
  for (const locale of ["en", "fr", "es"] as const) {
    await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    await page.goto(`/search?q=protection ${tag}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("mark").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(`/search?q=${tag}zzz&kind=action`);
    await expect(page.getByRole("status")).toContainText("0");
    await expectNoAxeViolations(page);
    await page.goto(`/search?q=${"x".repeat(300)}`);
    await expect(page.getByRole("searchbox").last()).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  }
  await page.context().clearCookies({ name: "locale" });
});
