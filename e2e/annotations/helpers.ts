import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "../support/sign-in";

/** A fresh browser context signed in as one person: tests use one per person. */
export async function personPage(browser: Browser, account: { email: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Unique text per test: the suite shares one database and runs in parallel. */
export const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * Selects `passage` inside paragraph `number` of the background the way a mouse
 * drag does (a DOM selection over the text), which makes "Annotate selection" appear.
 */
export async function selectPassage(page: Page, number: number, passage: string) {
  await page.locator(`#p${number} [data-annotatable-paragraph]`).evaluate((paragraph, text) => {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`passage not found: ${text}`);
  }, passage);
}

type TNoteInput = { body: string; scope?: RegExp; tags?: string };

/** Fills and saves the open "New note" dialog, and waits for it to close. */
export async function saveNote(page: Page, { body, scope, tags }: TNoteInput) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Your note").fill(body);
  if (scope) await dialog.getByRole("radio", { name: scope }).check();
  if (tags) await dialog.getByRole("textbox", { name: /^Tags/ }).fill(tags);
  await dialog.getByRole("button", { name: "Save note" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Note saved.")).toBeVisible();
}

/** The note in the theme's notes panel whose body contains `text`. */
export function noteCard(page: Page, text: string) {
  return page.getByRole("region", { name: "Notes" }).getByRole("article").filter({ hasText: text });
}

/** The note's own address, from its "Link to this note". */
export async function noteUrl(page: Page, text: string): Promise<string> {
  const href = await noteCard(page, text).getByRole("link", { name: "Link to this note" }).getAttribute("href");
  if (!href) throw new Error("note has no link");
  return href;
}
