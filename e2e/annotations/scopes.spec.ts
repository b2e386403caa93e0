import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { noteCard, noteUrl, personPage, saveNote, selectPassage, unique } from "./helpers";

const RT2 = "/meetings/hld-2013/themes/RT2";
// The panel shows ten notes a page in text order, and other specs and the demo write on
// RT2 too: each test tags its note and reads the panel filtered to that tag.
const tagged = (tag: string) => `${RT2}?tag=${encodeURIComponent(tag)}`;
const uniqueTag = (label: string) => unique(label).replace(/\s+/g, "-");

test("[annotations] a group note reaches the group only: the Philippines replies, the employers get 404", async ({ browser }) => {
  // Several people sign in one after another; the suite runs beside other workers.
  test.setTimeout(60_000);
  const lk = await personPage(browser, ACCOUNTS.delegateLk);
  const body = unique("Group note on C189 ratification");
  await lk.goto(RT2);
  await selectPassage(lk, 3, "Domestic Workers Convention");
  await lk.getByRole("button", { name: "Annotate selection" }).click();
  await expect(lk.getByRole("dialog").getByLabel(/^Passage you are annotating/)).toHaveValue("Domestic Workers Convention");
  const tag = uniqueTag("group-note");
  await saveNote(lk, { body, scope: /My constituent group/, tags: tag });
  await lk.goto(tagged(tag));
  const note = noteCard(lk, body);
  await expect(note).toContainText("Seen by the Governments group");
  await expect(note).toContainText("On paragraph 3");
  // The passage is highlighted, and the link where its notes open names the note.
  const background = lk.getByRole("region", { name: "Background" });
  await expect(background.locator("mark", { hasText: "Domestic Workers Convention" }).first()).toBeVisible();
  await expect(background.getByRole("link", { name: /^1 note on this passage: Government of Sri Lanka — Anusha Fernando/ })).toBeVisible();
  const url = await noteUrl(lk, body);

  const ph = await personPage(browser, ACCOUNTS.delegatePh);
  // The meeting page counts the theme's notes the Philippines may see, and the new ones.
  await ph.goto("/meetings/hld-2013");
  // The theme list's item ("RT2 — …"), not the chain of linked meetings above it.
  await expect(ph.getByRole("listitem").filter({ hasText: "RT2 — " })).toContainText(/\d+ notes?, \d+ new/);
  await ph.goto(tagged(tag));
  const seen = noteCard(ph, body);
  await expect(seen).toBeVisible();
  await seen.getByRole("button", { name: "Reply" }).click();
  const reply = unique("We ratified in 2012; happy to share our experience");
  await seen.getByLabel("Your reply").fill(reply);
  await seen.getByRole("button", { name: "Post reply" }).click();
  await expect(seen.getByRole("listitem").filter({ hasText: reply })).toContainText("Government of the Philippines — Maria Santos");

  const ioe = await personPage(browser, ACCOUNTS.headIoe);
  await ioe.goto(tagged(tag));
  await expect(ioe.getByRole("heading", { level: 1 })).toContainText("human rights");
  await expect(ioe.getByText(body)).toHaveCount(0);
  const response = await ioe.goto(url);
  expect(response?.status()).toBe(404);
  await expect(ioe.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // The author is told of the reply.
  await lk.goto("/notifications");
  await expect(lk.getByRole("link", { name: "Maria Santos (Government of the Philippines) replied to your note on RT2" }).first()).toBeVisible();
});

test("[annotations] a delegation note, written from the keyboard, is seen by the adviser and not by the Philippines", async ({ browser }) => {
  // Several people sign in one after another; the suite runs beside other workers.
  test.setTimeout(60_000);
  const lk = await personPage(browser, ACCOUNTS.delegateLk);
  const body = unique("Delegation-only: brief the minister on paragraph 2");
  await lk.goto(RT2);
  const button = lk.getByRole("button", { name: "Annotate this paragraph (Paragraph 2)" });
  await button.focus();
  await lk.keyboard.press("Enter");
  await expect(lk.getByRole("dialog")).toBeVisible();
  await expect(lk.getByLabel("Your note")).toBeFocused();
  await lk.keyboard.type(body);
  // Default scope: my delegation.
  await expect(lk.getByRole("radio", { name: /My delegation/ })).toBeChecked();
  const tag = uniqueTag("delegation-note");
  await saveNote(lk, { body, tags: tag });
  await lk.goto(tagged(tag));
  await expect(noteCard(lk, body)).toContainText("Seen by Government of Sri Lanka only");
  const url = await noteUrl(lk, body);

  const adviser = await personPage(browser, ACCOUNTS.adviserLk);
  await adviser.goto(tagged(tag));
  await expect(noteCard(adviser, body)).toBeVisible();

  const ph = await personPage(browser, ACCOUNTS.delegatePh);
  await ph.goto(tagged(tag));
  await expect(ph.getByRole("heading", { level: 1 })).toContainText("human rights");
  await expect(ph.getByText(body)).toHaveCount(0);
  expect((await ph.goto(url))?.status()).toBe(404);
});

test("[annotations] a note for all participants is seen by an observer, who can reply but not make it an action", async ({ browser }) => {
  // Several people sign in one after another; the suite runs beside other workers.
  test.setTimeout(60_000);
  const lk = await personPage(browser, ACCOUNTS.delegateLk);
  const body = unique("Public note: the Multilateral Framework deserves a mention");
  await lk.goto(RT2);
  await lk.getByRole("button", { name: "Write a note on the whole theme" }).click();
  const tag = uniqueTag("public-note");
  await saveNote(lk, { body, scope: /All participants/, tags: tag });
  await lk.goto(tagged(tag));
  await expect(noteCard(lk, body)).toContainText("On the whole theme");
  await expect(noteCard(lk, body).getByRole("link", { name: "Make this an action" })).toHaveAttribute("href", /^\/actions\/new\?annotationId=/);

  const observer = await personPage(browser, ACCOUNTS.observerIom);
  await observer.goto(tagged(tag));
  const note = noteCard(observer, body);
  await expect(note).toContainText("Seen by all participants");
  await expect(note.getByRole("button", { name: "Reply" })).toBeVisible();
  await expect(note.getByRole("link", { name: "Make this an action" })).toHaveCount(0);
  await expect(note.getByRole("button", { name: "Edit note" })).toHaveCount(0);
  const url = await noteUrl(observer, body);

  // The secretariat moderates public notes: once hidden, the note is gone for the others.
  const officer = await personPage(browser, ACCOUNTS.secretariat);
  await officer.goto(tagged(tag));
  const moderated = noteCard(officer, body);
  await expect(moderated.getByRole("button", { name: "Reply" })).toHaveCount(0);
  await moderated.getByRole("button", { name: "Hide (moderation)" }).click();
  await expect(moderated).toContainText("Hidden by moderation");
  await observer.reload();
  await expect(observer.getByRole("heading", { level: 1 })).toContainText("human rights");
  await expect(observer.getByText(body)).toHaveCount(0);
  expect((await observer.goto(url))?.status()).toBe(404);
});
