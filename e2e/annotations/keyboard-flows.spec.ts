// Issue 16: reading and annotating by keyboard alone, with a screen reader's view of
// the page — where focus lands after every action of a note and its thread (never the
// page body) and what the notes live region says — in English, French and Spanish;
// highlights that do not steal a mouse selection; a phrase annotated by keyboard
// anchored exactly as the same phrase selected with the mouse; content marked with
// the language it is written in. One compact flow per language, to keep the suite lean.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { queryDatabase } from "../support/database";
import { ACCOUNTS } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { translatorFor } from "../../lib/i18n/translate";
import { en } from "../../lib/i18n/messages/en";
import { fr } from "../../lib/i18n/messages/fr";
import { es } from "../../lib/i18n/messages/es";
import { noteCard, personPage, saveNote, selectPassage, unique } from "./helpers";

const RT1 = "/meetings/hld-2013/themes/RT1";
const tagged = (tag: string) => `${RT1}?tag=${encodeURIComponent(tag)}`;
const uniqueTag = (label: string) => unique(label).replace(/\s+/g, "-");

// Each language writes its note in its own words: the note is then marked with it.
const FLOWS = [
  { locale: "en", catalog: en, phrase: "global thematic consultation", body: "We should raise the consultation on growth and employment with the other governments." },
  { locale: "fr", catalog: fr, phrase: "growth and employment", body: "Nous devons soulever la consultation sur la croissance et l’emploi avec les autres gouvernements." },
  { locale: "es", catalog: es, phrase: "population megatrends", body: "Debemos plantear la consulta sobre el crecimiento y el empleo con los demás gobiernos." },
] as const;

/** The selectors a note stored (lib/annotations/anchoring.ts), found by its text. */
async function storedSelectors(body: string) {
  const [row] = await queryDatabase<{ paragraphId: string; quoteExact: string; quotePrefix: string; quoteSuffix: string; positionStart: number; positionEnd: number }>(
    'SELECT "paragraphId", "quoteExact", "quotePrefix", "quoteSuffix", "positionStart", "positionEnd" FROM "Annotation" WHERE body = $1',
    [body],
  );
  if (!row) throw new Error(`no note "${body}"`);
  return row;
}

/** Presses Enter on a control, as a keyboard user who has moved there. */
async function activate(control: Locator) {
  await control.focus();
  await control.press("Enter");
}

async function expectFocusOffBody(page: Page) {
  expect(await page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
}

test("[annotations] every note action by keyboard: focus lands on a control and the live region says what happened, in English, French and Spanish", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const page = await personPage(browser, ACCOUNTS.delegateLk);
  const announcer = page.locator("#notes-announcer");
  for (const flow of FLOWS) {
    const t = translatorFor(flow.locale, flow.catalog, en);
    const tag = uniqueTag(`keys-${flow.locale}`);
    const body = `${flow.body} ${tag}`;
    await page.context().addCookies([{ name: "locale", value: flow.locale, url: baseURL! }]);
    await page.goto(tagged(tag));
    await expect(page.locator("html")).toHaveAttribute("lang", flow.locale);
    // The paper's text and the theme's title are English under every interface.
    await expect(page.locator("#p2 [data-annotatable-paragraph]")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 }).locator("[lang]")).toHaveAttribute("lang", "en");

    // Create, by keyboard, on a phrase of paragraph 2.
    await activate(page.getByRole("button", { name: `${t.t("annotations.background.annotateParagraph")} (${t.t("theme.paragraph", { number: 2 })})` }));
    const dialog = page.getByRole("dialog");
    const noteField = dialog.getByLabel(t.t("annotations.composer.body"));
    await expect(noteField).toBeFocused();
    // Saving nothing: focus goes to the field to correct, and the refusal is said.
    await activate(dialog.getByRole("button", { name: t.t("annotations.composer.save") }));
    await expect(announcer).toHaveText(t.t("annotations.announce.notSaved", { reason: t.t("annotations.errors.bodyRequired") }));
    await expect(noteField).toBeFocused();
    const passage = dialog.getByLabel(new RegExp(`^${t.t("annotations.composer.passage")}`));
    await passage.focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(flow.phrase);
    await noteField.focus();
    await page.keyboard.type(body);
    await dialog.getByRole("textbox", { name: t.t("annotations.composer.tags") }).fill(tag);
    await activate(dialog.getByRole("button", { name: t.t("annotations.composer.save") }));
    await expect(dialog).toBeHidden();
    const created = page.getByRole("region", { name: t.t("annotations.panel.heading") }).getByRole("article").filter({ hasText: body });
    await expect(created).toBeFocused();
    // By its id from here on: while it is edited, its text is in a field.
    const card = page.locator(`#${await created.getAttribute("id")}`);
    await expect(card.locator("blockquote")).toHaveText(flow.phrase);
    // The note is marked with the language it was written in; the delegation's name is English.
    await expect(card.locator(`div[lang="${flow.locale}"]`, { hasText: body })).toHaveCount(1);
    await expect(card.getByRole("heading").locator('[lang="en"]')).toHaveText(ACCOUNTS.delegateLk.delegation);

    // Reply: focus on the new reply.
    await activate(card.getByRole("button", { name: t.t("annotations.note.reply"), exact: true }));
    await expect(card.getByLabel(t.t("annotations.reply.body"))).toBeFocused();
    await page.keyboard.type(`${flow.locale} reply ${tag}`);
    await activate(card.getByRole("button", { name: t.t("annotations.reply.save") }));
    await expect(announcer).toHaveText(t.t("annotations.reply.saved"));
    const reply = card.getByRole("listitem").filter({ hasText: `${flow.locale} reply ${tag}` });
    await expect(reply).toBeFocused();
    const replyId = await reply.getAttribute("id");

    // Edit the reply: focus back on its "Edit reply".
    await activate(reply.getByRole("button", { name: t.t("annotations.reply.edit") }));
    const replyField = page.locator(`#${replyId}`).getByLabel(t.t("annotations.reply.body"));
    await expect(replyField).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.type(" (2)");
    await activate(page.locator(`#${replyId}`).getByRole("button", { name: t.t("annotations.edit.save") }));
    await expect(announcer).toHaveText(t.t("annotations.edit.saved"));
    await expect(page.locator(`#${replyId}`).getByRole("button", { name: t.t("annotations.reply.edit") })).toBeFocused();
    await expect(page.locator(`#${replyId}`)).toContainText(`${flow.locale} reply ${tag} (2)`);

    // Resolve, then reopen: focus stays on the toggled button.
    await activate(card.getByRole("button", { name: t.t("annotations.note.resolve") }));
    await expect(announcer).toHaveText(t.t("annotations.announce.resolved"));
    await expect(card.getByRole("button", { name: t.t("annotations.note.reopen") })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(announcer).toHaveText(t.t("annotations.announce.reopened"));
    await expect(card.getByRole("button", { name: t.t("annotations.note.resolve") })).toBeFocused();

    // Edit: focus back on "Edit note".
    await activate(card.getByRole("button", { name: t.t("annotations.note.edit") }));
    const editField = card.getByLabel(t.t("annotations.composer.body"));
    await expect(editField).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.type(" (2)");
    await activate(card.getByRole("button", { name: t.t("annotations.edit.save") }));
    await expect(announcer).toHaveText(t.t("annotations.edit.saved"));
    await expect(card.getByRole("button", { name: t.t("annotations.note.edit") })).toBeFocused();

    if (flow.locale === "fr") await expectNoAxeViolations(page);

    // Delete the reply: it leaves; focus goes to its note, and the deletion is said.
    await activate(page.locator(`#${replyId}`).getByRole("button", { name: t.t("annotations.reply.delete") }));
    await activate(page.locator(`#${replyId}`).getByRole("button", { name: t.t("annotations.reply.confirmDeleteYes") }));
    await expect(announcer).toHaveText(t.t("annotations.announce.replyDeleted"));
    await expect(page.locator(`#${replyId}`)).toHaveCount(0);
    await expect(card).toBeFocused();

    // Delete: the note leaves; focus goes to the panel's heading (it was the only note shown).
    await activate(card.getByRole("button", { name: t.t("annotations.note.delete") }));
    await activate(card.getByRole("button", { name: t.t("annotations.note.confirmDeleteYes") }));
    await expect(announcer).toHaveText(t.t("annotations.announce.noteDeleted"));
    await expect(card).toHaveCount(0);
    await expect(page.getByRole("heading", { name: t.t("annotations.panel.heading"), level: 2, exact: true })).toBeFocused();
    await expectFocusOffBody(page);
  }
  await page.context().clearCookies({ name: "locale" });
});

test("[annotations] moderation by keyboard: the secretariat hides and restores a public note, focus stays on the toggled button and the live region says so, in English, French and Spanish", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const tag = uniqueTag("moderate");
  const body = `A public note for the secretariat to moderate ${tag}`;
  const author = await personPage(browser, ACCOUNTS.delegateLk);
  await author.goto(tagged(tag));
  await activate(author.getByRole("button", { name: "Annotate this paragraph (Paragraph 2)" }));
  await saveNote(author, { body, scope: /^All participants/, tags: tag });
  await author.context().close();

  const page = await personPage(browser, ACCOUNTS.secretariat);
  const announcer = page.locator("#notes-announcer");
  for (const flow of FLOWS) {
    const t = translatorFor(flow.locale, flow.catalog, en);
    await page.context().addCookies([{ name: "locale", value: flow.locale, url: baseURL! }]);
    await page.goto(tagged(tag));
    const card = page.getByRole("region", { name: t.t("annotations.panel.heading") }).getByRole("article").filter({ hasText: body });
    await activate(card.getByRole("button", { name: t.t("annotations.note.hide") }));
    await expect(announcer).toHaveText(t.t("annotations.announce.hidden"));
    await expect(card.getByRole("button", { name: t.t("annotations.note.unhide") })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(announcer).toHaveText(t.t("annotations.announce.restored"));
    await expect(card.getByRole("button", { name: t.t("annotations.note.hide") })).toBeFocused();
  }
  await page.context().close();
});

test("[annotations] a note made into an action by keyboard lists the action, and the action cites its note", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await personPage(browser, ACCOUNTS.headLk);
  const tag = uniqueTag("note-action");
  const body = `A note to follow up ${tag}`;
  await page.goto(tagged(tag));
  await activate(page.getByRole("button", { name: "Write a note on the whole theme" }));
  await saveNote(page, { body, tags: tag, scope: /My constituent group/ });
  await activate(noteCard(page, body).getByRole("link", { name: "Make this an action" }));
  await expect(page.getByRole("heading", { name: "New follow-up action" })).toBeVisible();
  const title = `Brief the minister ${tag}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await activate(page.getByRole("button", { name: "Create action" }));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const source = page.getByRole("region", { name: "Source note" });
  await expect(source).toContainText(`Written by ${ACCOUNTS.headLk.person} (${ACCOUNTS.headLk.delegation})`);
  await expect(source).toContainText(body);
  await page.goto(tagged(tag));
  await expect(noteCard(page, body).getByRole("list", { name: "1 action from this note" }).getByRole("link", { name: title })).toBeVisible();
  await page.goBack();
  await activate(source.getByRole("link", { name: "Open the note on its own page" }));
  await expect(page).toHaveURL(/\/notes\//);
  const actions = page.getByRole("list", { name: "1 action from this note" });
  await expect(actions.getByRole("link", { name: title })).toBeVisible();
  await expect(actions).toContainText("Open");
  await expect(actions).toContainText("not assigned");

  // Deleted from its own page: back on the theme, focus on its notes, and it is said.
  await activate(page.getByRole("button", { name: "Delete note" }));
  await activate(page.getByRole("button", { name: "Yes, delete note" }));
  await expect(page).toHaveURL(new RegExp(`${RT1}$`));
  await expect(page.getByRole("heading", { name: "Notes", level: 2, exact: true })).toBeFocused();
  await expect(page.locator("#notes-announcer")).toHaveText("Note deleted.");
});

test("[annotations] a mouse selection may start inside a highlight, a click opens its note, and a phrase annotated by keyboard anchors as the mouse does", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await personPage(browser, ACCOUNTS.delegateLk);
  const tag = uniqueTag("inside-highlight");
  await page.goto(tagged(tag));
  // A first note, whose highlight the mouse then starts in.
  await selectPassage(page, 3, "protection challenges faced by migrant workers");
  await page.getByRole("button", { name: "Annotate selection" }).click();
  const first = `Highlighted first ${tag}`;
  await saveNote(page, { body: first, tags: tag });
  await page.goto(tagged(tag));
  const paragraph = page.locator("#p3 [data-annotatable-paragraph]");
  await expect(paragraph.locator("mark")).not.toHaveCount(0);

  // A click without a drag on the highlight opens (focuses) its note.
  await paragraph.locator("mark").first().click();
  await expect(noteCard(page, first)).toBeFocused();

  // Drag from inside the highlight ("challenges") to the end of "working conditions".
  const text = (await paragraph.textContent())!;
  const from = text.indexOf("challenges faced");
  const to = text.indexOf("working conditions") + "working conditions".length;
  const points = await paragraph.evaluate(
    (element, [start, end]) => {
      // The box of the character at a paragraph offset (highlights split the text nodes).
      const charBox = (offset: number) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (offset < seen + length) {
            const range = document.createRange();
            range.setStart(node, offset - seen);
            range.setEnd(node, offset - seen + 1);
            return range.getBoundingClientRect();
          }
          seen += length;
        }
        throw new Error("offset outside the paragraph");
      };
      const a = charBox(start);
      const b = charBox(end - 1);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [from, to] as const,
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
  const expected = text.slice(from, to);
  await page.getByRole("button", { name: "Annotate selection" }).click();
  await expect(page.getByRole("dialog").getByLabel(/^Passage you are annotating/)).toHaveValue(expected);
  const byMouse = `By mouse ${tag}`;
  await saveNote(page, { body: byMouse, tags: tag });
  const mouseAnchor = await storedSelectors(byMouse);
  expect(mouseAnchor.quoteExact).toBe(expected);
  expect([mouseAnchor.positionStart, mouseAnchor.positionEnd]).toEqual([from, to]);

  // The same phrase by keyboard: the paragraph's button, then the passage narrowed.
  await activate(page.getByRole("button", { name: "Annotate this paragraph (Paragraph 3)" }));
  const passage = page.getByRole("dialog").getByLabel(/^Passage you are annotating/);
  await passage.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(expected);
  const byKeyboard = `By keyboard ${tag}`;
  await saveNote(page, { body: byKeyboard, tags: tag });
  expect(await storedSelectors(byKeyboard)).toEqual(mouseAnchor);

  // Words not in the paragraph are refused beside the field, and nothing is saved.
  await activate(page.getByRole("button", { name: "Annotate this paragraph (Paragraph 3)" }));
  await passage.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("words that the paper never wrote");
  await page.getByRole("dialog").getByLabel("Your note").fill(`Never saved ${tag}`);
  await activate(page.getByRole("dialog").getByRole("button", { name: "Save note" }));
  await expect(passage).toBeFocused();
  await expect(passage).toHaveAccessibleDescription(/These words are not in paragraph 3/);
  await page.keyboard.press("Escape");
  expect(await queryDatabase('SELECT 1 FROM "Annotation" WHERE body = $1', [`Never saved ${tag}`])).toHaveLength(0);
});

test("[themes] a technical-meeting theme says what the paper does not give it and links the roundtable it follows up; English content is marked under French", async ({ browser, baseURL }) => {
  const page = await personPage(browser, ACCOUNTS.delegatePh);
  await page.context().addCookies([{ name: "locale", value: "fr", url: baseURL! }]);
  await page.goto("/meetings/ttm-2013/themes/TTM-i");
  await expect(page).toHaveTitle(/^Thème TTM-i : Labour and work-related issues/);
  const missing = page.getByTestId("missing-background");
  await expect(missing).toContainText("le document de l’OIT ne couvre que les tables rondes");
  await expect(missing.getByRole("link", { name: /RT1/ })).toHaveAttribute("href", "/meetings/hld-2013/themes/RT1");
  await expect(page.getByRole("heading", { name: "Chiffres clés du document sur le Dialogue de haut niveau" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Chiffres clés du document sur le Dialogue de haut niveau" }).locator('p[lang="en"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().clearCookies({ name: "locale" });
});
