import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { noteCard, personPage, saveNote, unique } from "./helpers";
import { XSS_PAYLOADS } from "./xss-payloads";
import { NOTES_PAGE_SIZE } from "@/lib/annotations/panel-size";

// Hostile payloads saved as note bodies and as tags, then shown on every page that
// renders notes: the theme panel (author and another reader), the note's own page, the
// edit form, the filter by a hostile tag and the home page. The test fails on any
// dialog, on the global the payloads set, or on anything executable found in the page.

// Eleven notes per test: each is written through the form and its page opened, so a
// test of 22 took 2.5–2.8 minutes of its 3 on a busy run; smaller tests also spread
// over both workers.
const CHUNK = 11;
const THEMES = ["TTM-i", "TTM-ii", "TTM-iii", "TTM-iv", "RT1"];
const chunks = Array.from({ length: Math.ceil(XSS_PAYLOADS.length / CHUNK) }, (_, i) => XSS_PAYLOADS.slice(i * CHUNK, (i + 1) * CHUNK));

function watchForScript(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** Nothing a payload could have injected: no global, no executable element or attribute. */
async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  const found = await page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    const problems: string[] = [];
    if ((window as unknown as { __xss?: unknown }).__xss !== undefined) problems.push("window.__xss was set");
    for (const el of main.querySelectorAll("script, iframe, object, embed, meta, base, link")) {
      problems.push(`element <${el.tagName.toLowerCase()}>`);
    }
    for (const el of main.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? "";
        // React's own placeholder on forms bound to a server action (it only throws).
        if (el.tagName === "FORM" && attr === "action" && value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted")) continue;
        if (/^on/i.test(attr)) problems.push(`<${el.tagName.toLowerCase()} ${attr}>`);
        if (["href", "src", "action", "xlink:href", "formaction", "srcdoc"].includes(attr.toLowerCase()) && /^\s*(javascript|data|vbscript):/i.test(value)) {
          problems.push(`<${el.tagName.toLowerCase()} ${attr}="${value.slice(0, 40)}">`);
        }
      }
    }
    return problems;
  });
  expect(found).toEqual([]);
}

chunks.forEach((payloads, index) => {
  const theme = THEMES[index % THEMES.length]!;
  test(`[annotations] hostile notes and tags run no script (payloads ${index * CHUNK + 1}–${index * CHUNK + payloads.length} on ${theme})`, async ({ browser }) => {
    test.setTimeout(180_000);
    const marker = unique("xss").replace(/\s+/g, "-");
    const themeUrl = `/meetings/${theme.startsWith("TTM") ? "ttm-2013" : "hld-2013"}/themes/${theme}`;

    const author = await personPage(browser, ACCOUNTS.delegateLk);
    const authorDialogs = watchForScript(author);
    await author.goto(themeUrl);
    for (const [i, payload] of payloads.entries()) {
      await author.getByRole("button", { name: "Write a note on the whole theme" }).click();
      // A tag is one line: control characters in it are refused beside the field
      // (e2e/security/control-characters.spec.ts), so the tag carries the rest of the payload.
      const tag = payload.slice(0, 64).replace(/[\u0000-\u001f\u007f]/g, "");
      await saveNote(author, { body: `${marker} #${i}\n\n${payload}`, scope: /All participants/, tags: `${marker}, ${tag}` });
      await expectNothingRan(author, authorDialogs);
    }

    // The panel, filtered to this test's notes, shows them all, page by page.
    const panelPages = Math.ceil(payloads.length / NOTES_PAGE_SIZE);
    const panelPage = (page: Page, n: number) => page.goto(`${themeUrl}?tag=${encodeURIComponent(marker)}${n > 1 ? `&page=${n}` : ""}`);
    const links: string[] = [];
    for (let n = 1; n <= panelPages; n++) {
      await panelPage(author, n);
      const from = (n - 1) * NOTES_PAGE_SIZE + 1;
      const to = Math.min(n * NOTES_PAGE_SIZE, payloads.length);
      await expect(author.getByText(`Notes ${from}–${to} of ${payloads.length}, in text order`)).toBeVisible();
      await expectNothingRan(author, authorDialogs);
      links.push(
        ...(await author.getByRole("region", { name: "Notes" }).getByRole("link", { name: "Link to this note" }).evaluateAll((as) =>
          as.map((a) => a.getAttribute("href") ?? ""),
        )),
      );
    }
    expect(new Set(links).size).toBe(payloads.length);

    // The edit form puts the raw text back in a field.
    await panelPage(author, 1);
    const first = noteCard(author, `${marker} #0`);
    await first.getByRole("button", { name: "Edit note" }).click();
    await expect(first.getByLabel("Your note")).toHaveValue(new RegExp(marker));
    await expectNothingRan(author, authorDialogs);

    // Each note's own page, and the panel filtered by a hostile tag.
    for (const href of links) {
      await author.goto(href);
      await expect(author.getByRole("heading", { level: 1 })).toContainText(theme);
      await expectNothingRan(author, authorDialogs);
    }
    await author.goto(`${themeUrl}?tag=${encodeURIComponent(payloads[0]!.slice(0, 64).split(",")[0]!.trim())}`);
    await expectNothingRan(author, authorDialogs);

    // Another reader, their home page (recent notes) and the secretariat's view.
    for (const account of [ACCOUNTS.observerIom, ACCOUNTS.secretariat]) {
      const reader = await personPage(browser, account);
      const readerDialogs = watchForScript(reader);
      let shown = 0;
      for (let n = 1; n <= panelPages; n++) {
        await panelPage(reader, n);
        shown += await reader.getByRole("region", { name: "Notes" }).getByRole("article").count();
        await expectNothingRan(reader, readerDialogs);
      }
      expect(shown).toBe(payloads.length);
      await reader.goto("/");
      await expectNothingRan(reader, readerDialogs);
    }
  });
});

test("[annotations] the XSS suite has at least 100 payloads", () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
});
