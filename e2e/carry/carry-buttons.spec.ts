import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, type TAccount } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";
import { ACTIONS, callAction } from "../authz/support/server-actions";
import { random, themeIdOf } from "../authz/support/plant";
import { freezeLiveUpdates } from "../support/live";

// Issue 15 in the browser, beyond the position (carry-position.spec.ts): the panel's
// move and copy buttons for an open action and the copy button for a note, on TTM-iv
// (which follows RT3 up; no other spec works there), each refused a second time with
// its message, from a page loaded before the first; and the secretariat's theme-link
// form, adding and removing a link, both in the audit log. Axe on each new state.
const TTM_IV = "/meetings/ttm-2013/themes/TTM-iv";

async function as(browser: Browser, account: TAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/** The item of the "From the High-level Dialogue" panel that names `text`. */
const panelItem = (page: Page, text: string) => page.getByTestId("dialogue-panel").getByRole("listitem").filter({ hasText: text });

test("[carry] delegate.lk moves and copies an open action and copies a note from RT3 to TTM-iv, each once", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const tag = random();
  const moveTitle = `Brief the minister ${tag}`;
  const copyTitle = `Collect recruitment fee data ${tag}`;
  const noteText = `Bilateral agreements should cover fees ${tag}`;
  const delegate = await as(browser, ACCOUNTS.delegateLk);

  await test.step("delegate.lk has two open actions and a group note on RT3", async () => {
    const rt3 = await themeIdOf(delegate.request, "hld-2013", "RT3");
    // Due before anything else on RT3, so both are among the panel's five.
    for (const title of [moveTitle, copyTitle]) {
      const created = await callAction(delegate.request, baseURL!, {
        page: "/actions/new",
        action: ACTIONS.createAction,
        args: [{ values: {} }],
        fields: { title, scope: "GROUP", themeId: rt3, priority: "HIGH", description: "", dueOn: "2013-01-15" },
      });
      expect(created.redirect, JSON.stringify(created.result)).toMatch(/^\/actions\/[0-9a-f-]{36}$/);
    }
    const note = await callAction(delegate.request, baseURL!, {
      page: "/meetings/hld-2013/themes/RT3",
      action: ACTIONS.createNote,
      args: [{ status: "idle", values: { body: "", tags: "", scope: "GROUP" }, savedCount: 0 }],
      fields: { themeId: rt3, body: noteText, scope: "GROUP", tags: "" },
    });
    expect((note.result as { saved?: { id: string } }).saved?.id, JSON.stringify(note.result)).toBeTruthy();
  });

  // A second tab, loaded before anything is carried: its buttons are the "twice". An
  // open tab follows changes by itself (live updates, issue 11), and one whose stream
  // fails refreshes when it regains focus; this one's stream hears nothing, so it
  // stays as it was loaded.
  const stale = await delegate.context().newPage();
  await freezeLiveUpdates(stale);
  await stale.goto(TTM_IV);
  await expect(panelItem(stale, copyTitle)).toBeVisible();

  await test.step("copy the action: the copy says where it came from, the source where it went", async () => {
    await delegate.goto(TTM_IV);
    await panelItem(delegate, copyTitle).getByRole("button", { name: `Copy “${copyTitle}” to TTM-iv` }).click();
    await expect(delegate).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
    await expect(delegate.getByRole("heading", { level: 1, name: copyTitle })).toBeVisible();
    await expect(delegate.getByTestId("action-copied-from")).toHaveText("RT3");
    await expect(delegate.getByText("Anusha Fernando copied this action from RT3")).toBeVisible();
    await expect(delegate.getByRole("link", { name: /^TTM-iv — / })).toBeVisible();
    await expectNoAxeViolations(delegate);
    await delegate.getByTestId("action-copied-from").getByRole("link", { name: "RT3" }).click();
    await expect(delegate.getByTestId("action-copied-to")).toHaveText("TTM-iv");
    await expect(delegate.getByText("Anusha Fernando copied this action to TTM-iv")).toBeVisible();
    await delegate.goto(TTM_IV);
    await expect(panelItem(delegate, copyTitle).getByTestId("action-copied-line")).toContainText("Copied to TTM-iv by Anusha Fernando");
    await expect(panelItem(delegate, copyTitle).getByRole("button")).toHaveCount(0);
  });

  await test.step("copying it again, from the page loaded before, is refused with a message", async () => {
    await panelItem(stale, copyTitle).getByRole("button", { name: `Copy “${copyTitle}” to TTM-iv` }).click();
    await expect(panelItem(stale, copyTitle).getByRole("alert")).toHaveText("This action was already copied to this theme: nothing was changed.");
    await expectNoAxeViolations(stale);
  });

  await test.step("move the other action: it leaves the roundtable's panel, its history says so", async () => {
    await panelItem(delegate, moveTitle).getByRole("button", { name: `Move “${moveTitle}” to TTM-iv` }).click();
    await expect(delegate).toHaveURL(new RegExp(`${TTM_IV}$`));
    await expect(panelItem(delegate, moveTitle)).toHaveCount(0);
    await delegate.getByRole("link", { name: moveTitle }).first().click();
    await expect(delegate.getByRole("heading", { level: 1, name: moveTitle })).toBeVisible();
    await expect(delegate.getByText(/^Theme: RT3 — .+ → TTM-iv — /)).toBeVisible();
    await expect(delegate.getByText("Government of Sri Lanka — Anusha Fernando changed it").last()).toBeVisible();
  });

  await test.step("moving it again, from the page loaded before, is refused with a message", async () => {
    await panelItem(stale, moveTitle).getByRole("button", { name: `Move “${moveTitle}” to TTM-iv` }).click();
    await expect(panelItem(stale, moveTitle).getByRole("alert")).toHaveText("This action is already on this theme: nothing was changed.");
  });

  await test.step("copy the note: the copy links to the original thread; a second copy is refused", async () => {
    await delegate.goto(TTM_IV);
    await panelItem(delegate, noteText).getByRole("button", { name: "Copy the note by Anusha Fernando to TTM-iv" }).click();
    await expect(delegate).toHaveURL(/\/meetings\/ttm-2013\/themes\/TTM-iv\/notes\/[0-9a-f-]{36}$/);
    await expect(delegate.getByText(noteText).first()).toBeVisible();
    await expect(delegate.getByRole("link", { name: "Carried from the High-level Dialogue (original thread)" })).toHaveAttribute("href", /\/meetings\/hld-2013\/themes\/RT3\/notes\//);
    await delegate.goto(TTM_IV);
    await expect(panelItem(delegate, noteText).getByTestId("note-copied-line")).toContainText("Copied to TTM-iv by Anusha Fernando");
    await expectNoAxeViolations(delegate);
    await panelItem(stale, noteText).getByRole("button", { name: "Copy the note by Anusha Fernando to TTM-iv" }).click();
    await expect(panelItem(stale, noteText).getByRole("alert")).toHaveText("This note was already copied to this theme: nothing was changed.");
  });

  for (const [locale, copiedFrom, copiedLine] of [
    ["fr", "Copiée depuis", "Copiée vers TTM-iv par Anusha Fernando"],
    ["es", "Copiada desde", "Copiada a TTM-iv por Anusha Fernando"],
  ] as const) {
    await test.step(`the copied action and the panel in ${locale}, axe clean`, async () => {
      await delegate.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await delegate.goto(TTM_IV);
      await expect(delegate.locator("html")).toHaveAttribute("lang", locale);
      await expect(panelItem(delegate, copyTitle).getByTestId("action-copied-line")).toContainText(copiedLine);
      await expectNoAxeViolations(delegate);
      await panelItem(delegate, copyTitle).getByRole("link", { name: copyTitle }).click();
      await delegate.getByTestId("action-copied-to").getByRole("link", { name: "TTM-iv" }).click();
      await expect(delegate.getByRole("term").filter({ hasText: copiedFrom })).toBeVisible();
      await expectNoAxeViolations(delegate);
    });
  }

  await test.step("Sri Lanka's head reads who carried what in the audit log", async () => {
    const head = await as(browser, ACCOUNTS.headLk);
    await head.goto("/admin/audit?actor=delegate.lk%40gov.demo");
    const rows = head.getByRole("row").filter({ hasText: "Anusha Fernando" });
    await expect(rows.filter({ hasText: "action.copy" }).filter({ hasText: '"to":"TTM-iv"' }).first()).toBeVisible();
    await expect(rows.filter({ hasText: "action.carry" }).filter({ hasText: '"to":"TTM-iv"' }).first()).toBeVisible();
    await expect(rows.filter({ hasText: "annotation.carry" }).filter({ hasText: '"from":"RT3"' }).first()).toBeVisible();
  });
});

test("[carry] the secretariat links TTM-iii to RT3 and removes the link, both audited", async ({ browser }) => {
  test.setTimeout(90_000);
  const secretariat = await as(browser, ACCOUNTS.secretariat);
  const rt3 = () => secretariat.getByRole("checkbox", { name: /^RT3 — / });
  const save = () => secretariat.getByRole("button", { name: "Save the links" });

  await test.step("tick RT3 on TTM-iii's admin page", async () => {
    await secretariat.goto("/admin/meetings/ttm-2013/themes/TTM-iii");
    await expect(secretariat.getByRole("group", { name: "Follows up (High-level Dialogue roundtables)" })).toBeVisible();
    await expect(secretariat.getByRole("checkbox", { name: /^RT4 — / })).toBeChecked();
    await expect(rt3()).not.toBeChecked();
    await expectNoAxeViolations(secretariat);
    await rt3().check();
    await save().click();
    await expect(secretariat.getByText("The links are saved.")).toBeVisible();
    await expectNoAxeViolations(secretariat);
    await secretariat.reload();
    await expect(rt3()).toBeChecked();
    await secretariat.goto("/meetings/ttm-2013");
    await expect(secretariat.getByTestId("meeting-chain").getByRole("listitem").filter({ hasText: "TTM-iii follows up RT3" })).toBeVisible();
  });

  await test.step("untick it again", async () => {
    await secretariat.goto("/admin/meetings/ttm-2013/themes/TTM-iii");
    await rt3().uncheck();
    await save().click();
    await expect(secretariat.getByText("The links are saved.")).toBeVisible();
    await secretariat.reload();
    await expect(rt3()).not.toBeChecked();
    await expect(secretariat.getByRole("checkbox", { name: /^RT4 — / })).toBeChecked();
    await secretariat.goto("/meetings/ttm-2013");
    await expect(secretariat.getByTestId("meeting-chain").getByRole("listitem").filter({ hasText: "TTM-iii follows up RT3" })).toHaveCount(0);
  });

  await test.step("the audit log shows who added and who removed it", async () => {
    await secretariat.goto("/admin/audit?entity=Theme&actor=secretariat%40ilo.demo");
    const rows = secretariat.getByRole("row").filter({ hasText: "theme.links" }).filter({ hasText: '"theme":"TTM-iii"' });
    const added = rows.filter({ hasText: '"added":["RT3"]' }).filter({ hasText: '"removed":[]' });
    const removed = rows.filter({ hasText: '"added":[]' }).filter({ hasText: '"removed":["RT3"]' });
    await expect(added.first()).toContainText("Elena Moreau");
    await expect(removed.first()).toContainText("Elena Moreau");
  });
});
