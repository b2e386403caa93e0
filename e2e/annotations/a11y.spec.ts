import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { noteCard, personPage, saveNote, selectPassage, unique } from "./helpers";

const RT2 = "/meetings/hld-2013/themes/RT2";

const LANGUAGES = [
  { locale: "en", reply: "Reply", composer: "Write a note on the whole theme", dialog: "New note on the whole theme" },
  { locale: "fr", reply: "Répondre", composer: "Écrire une note sur l’ensemble du thème", dialog: "Nouvelle note sur l’ensemble du thème" },
  { locale: "es", reply: "Responder", composer: "Escribir una nota sobre todo el tema", dialog: "Nueva nota sobre todo el tema" },
] as const;

test("[annotations] a theme page with notes, threads and forms open has no axe violations in English, French and Spanish", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const lk = await personPage(browser, ACCOUNTS.delegateLk);
  const marker = unique("a11y");
  await lk.goto(RT2);
  await selectPassage(lk, 1, "distinct constitutional mandate");
  await lk.getByRole("button", { name: "Annotate selection" }).click();
  await saveNote(lk, { body: `${marker} delegation **note** with a [link](https://www.ilo.org)`, tags: "a11y, mandate" });
  await lk.getByRole("button", { name: "Annotate this paragraph (Paragraph 4)" }).click();
  await saveNote(lk, { body: `${marker} group note`, scope: /My constituent group/ });
  await lk.getByRole("button", { name: "Write a note on the whole theme" }).click();
  await saveNote(lk, { body: `${marker} public note`, scope: /All participants/ });
  const group = noteCard(lk, `${marker} group note`);
  await group.getByRole("button", { name: "Reply" }).click();
  await group.getByLabel("Your reply").fill(`${marker} a reply`);
  await group.getByRole("button", { name: "Post reply" }).click();
  await expect(group.getByText(`${marker} a reply`)).toBeVisible();

  const page = lk;
  for (const lang of LANGUAGES) {
    await page.context().addCookies([{ name: "locale", value: lang.locale, url: baseURL! }]);
    // The demo's notes and other tests' fill RT2's first page of notes: the group's
    // notes, filtered, hold this one (the filters are part of the page scanned).
    await page.goto(`${RT2}?scope=GROUP`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang.locale);
    const note = page.getByRole("article").filter({ hasText: `${marker} group note` }).last();
    await expect(note).toBeVisible();
    // A thread with its reply form open, and the edit form of another note.
    await note.getByRole("button", { name: lang.reply, exact: true }).click();
    await expectNoAxeViolations(page);
    // The composer dialog.
    await page.getByRole("button", { name: lang.composer }).click();
    await expect(page.getByRole("dialog", { name: lang.dialog })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    // The note's own page.
    const href = await note.locator("a[href*='/notes/']").first().getAttribute("href");
    await page.goto(href!);
    await expectNoAxeViolations(page);
  }
  await page.context().clearCookies({ name: "locale" });
});
