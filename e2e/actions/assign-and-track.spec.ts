import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { createActionThroughForm, pageFor, unique } from "./helpers";

test("[actions] head.lk assigns a group action on RT4 to delegate.ph, who moves it to done; head.ioe never sees it", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const title = unique("Draft our RT4 statement");

  // head.lk creates the action from the RT4 theme page.
  const head = await pageFor(browser, ACCOUNTS.headLk);
  await head.goto("/meetings/hld-2013/themes/RT4");
  await head.getByRole("region", { name: "Follow-up actions" }).getByRole("link", { name: "New action on this theme" }).click();
  await expect(head.getByLabel("Theme", { exact: true })).toHaveValue(/.+/);
  const id = await createActionThroughForm(head, {
    title,
    description: "Coordinate with **the Philippines** before the roundtable.",
    group: true,
    assignee: "Maria Santos",
    due: "2013-09-30",
    priority: "HIGH",
  });
  await expect(head.getByText("Government of the Philippines — Maria Santos")).toBeVisible();
  await expect(head.getByRole("link", { name: /^RT4 — / })).toBeVisible();

  // delegate.ph is told, and finds it under "My actions".
  const ph = await pageFor(browser, ACCOUNTS.delegatePh);
  await ph.goto("/notifications");
  await expect(ph.getByRole("link", { name: `Government of Sri Lanka — Nimal Perera assigned you “${title}”` })).toBeVisible();
  await ph.goto("/actions");
  await expect(ph.getByRole("link", { name: "My actions" })).toHaveAttribute("aria-current", "page");
  await expect(ph.getByRole("table").getByRole("link", { name: title })).toBeVisible();

  // Her calendar feed, fetched without any cookie, has the due date.
  await ph.goto("/actions/calendar");
  await ph.getByRole("button", { name: /Create a feed address|Replace the address/ }).click();
  const feedUrl = await ph.getByLabel("Feed address").inputValue();
  const feed = await request.get(feedUrl, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics.replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);
  expect(ics).toContain("DTSTART;VALUE=DATE:20130930");

  // On the board, by keyboard: choose "In progress" and press the card's Move button.
  await ph.goto("/actions/board");
  const openColumn = ph.getByRole("region", { name: /^Open/ });
  const card = openColumn.getByRole("listitem").filter({ has: ph.getByRole("link", { name: title }) });
  const select = card.getByLabel(`Move “${title}” to`);
  await select.focus();
  await select.selectOption("IN_PROGRESS");
  await ph.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: "Move" })).toBeFocused();
  await ph.keyboard.press("Enter");
  const moved = ph.getByRole("region", { name: /^In progress/ }).getByRole("link", { name: title });
  await expect(moved).toBeVisible();
  await expect(moved).toBeFocused();
  await expect(ph.getByRole("status").filter({ hasText: "Moved to In progress." })).toBeVisible();

  // Then done, from the action's own page.
  await moved.click();
  await expect(ph.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await ph.getByLabel("Move to", { exact: true }).selectOption("DONE");
  await ph.getByRole("button", { name: "Move", exact: true }).click();
  await expect(ph.getByText("Moved to Done.")).toBeVisible();
  await expect(ph.getByRole("region", { name: "About this action" })).toContainText(/Status\s*Done/);
  await expect(ph.getByText(`Maria Santos moved it from In progress to Done`)).toBeVisible();

  // head.lk hears about it.
  await head.goto("/notifications");
  await expect(head.getByRole("link", { name: `Government of the Philippines — Maria Santos marked “${title}” as done` })).toBeVisible();

  // head.ioe (employers) never sees it: not in the list, not at its address, not in
  // the export, not in the feed.
  const ioe = await pageFor(browser, ACCOUNTS.headIoe);
  await ioe.goto("/actions?assignee=any&status=all");
  await expect(ioe.getByRole("heading", { level: 1, name: "Follow-up actions" })).toBeVisible();
  await expect(ioe.getByText(title)).toHaveCount(0);
  const direct = await ioe.goto(`/actions/${id}`);
  expect(direct?.status()).toBe(404);
  const edit = await ioe.goto(`/actions/${id}/edit`);
  expect(edit?.status()).toBe(404);
  const csv = await ioe.request.get("/actions/export?assignee=any&status=all");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).not.toContain(title);
  await ioe.goto("/actions/calendar");
  await ioe.getByRole("button", { name: /Create a feed address|Replace the address/ }).click();
  const ioeFeed = await request.get(await ioe.getByLabel("Feed address").inputValue(), { headers: { cookie: "" } });
  expect(ioeFeed.status()).toBe(200);
  expect(await ioeFeed.text()).not.toContain(title);

  // A revoked feed address stops working.
  await ph.goto("/actions/calendar");
  await ph.getByRole("button", { name: "Revoke the feed" }).click();
  await expect(ph.getByText("The feed was revoked: its address no longer works.")).toBeVisible();
  expect((await request.get(feedUrl, { headers: { cookie: "" } })).status()).toBe(404);
});

test("[actions] the secretariat has no actions area, and anonymous requests get nothing", async ({ browser, request }) => {
  const secretariat = await pageFor(browser, ACCOUNTS.secretariat);
  await expect(secretariat.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actions" })).toHaveCount(0);
  expect((await secretariat.goto("/actions"))?.status()).toBe(404);
  expect((await secretariat.goto("/actions/board"))?.status()).toBe(404);
  expect((await secretariat.request.get("/actions/export")).status()).toBe(404);
  const anonymous = await request.get("/actions/export?assignee=any", { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(anonymous.status()).toBeLessThan(400);
  expect((await request.get("/api/calendar/not-a-real-token-0123456789abcdef.ics")).status()).toBe(404);
});
