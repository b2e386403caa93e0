import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { createActionThroughForm, pageFor, unique } from "./helpers";

test("[actions] list, board, detail, form and calendar pages have no axe violations", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await pageFor(browser, ACCOUNTS.delegateLk);
  await page.goto("/actions/new");
  await expectNoAxeViolations(page);
  const title = unique("Axe check");
  const id = await createActionThroughForm(page, { title, assignee: "Anusha Fernando", due: "2013-09-01", priority: "HIGH" });
  await page.getByRole("textbox", { name: "Add a comment" }).fill("A *comment* for the thread.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("A comment for the thread.")).toBeVisible();

  // Detail, with history, comments, the status form and the delete disclosure.
  await expectNoAxeViolations(page);

  await page.goto("/actions");
  await expect(page.getByRole("table").getByRole("link", { name: title })).toBeVisible();
  // Overdue is said in words, not only in colour.
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText("Overdue");
  await expectNoAxeViolations(page);

  await page.goto("/actions/board?assignee=any");
  await expect(page.getByRole("region", { name: /^Open/ }).getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/actions/${id}/edit`);
  await expectNoAxeViolations(page);

  await page.goto("/actions/calendar");
  await expectNoAxeViolations(page);

  await page.goto("/");
  await expect(page.getByRole("region", { name: "My follow-up actions" })).toContainText(/\d+ overdue/);
  await expectNoAxeViolations(page);
});

test("[actions] an adviser may move and comment on an action assigned to them, but not edit it", async ({ browser }) => {
  const head = await pageFor(browser, ACCOUNTS.headLk);
  const title = unique("Adviser task");
  await head.goto("/actions/new");
  const id = await createActionThroughForm(head, { title, assignee: "Ruwan de Silva" });

  const adviser = await pageFor(browser, ACCOUNTS.adviserLk);
  await adviser.goto(`/actions/${id}`);
  await expect(adviser.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(adviser.getByRole("link", { name: "Edit action" })).toHaveCount(0);
  await expect(adviser.getByText("Delete this action")).toHaveCount(0);
  await adviser.getByLabel("Move to", { exact: true }).selectOption("IN_PROGRESS");
  await adviser.getByRole("button", { name: "Move", exact: true }).click();
  await expect(adviser.getByText("Moved to In progress.")).toBeVisible();
  expect((await adviser.goto(`/actions/${id}/edit`))?.status()).toBe(404);
  expect((await adviser.goto("/actions/new"))?.status()).toBe(404);
});

for (const locale of ["fr", "es"] as const) {
  test(`[actions] list, board, detail, form and calendar pages have no axe violations (${locale})`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const page = await pageFor(browser, ACCOUNTS.delegateLk);
    await page.goto("/actions/new");
    const id = await createActionThroughForm(page, { title: unique(`Axe ${locale}`), assignee: "Anusha Fernando", due: "2013-09-01" });
    // The language cookie is what the switcher sets; the account's own language stays.
    await page.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
    for (const path of [`/actions/${id}`, "/actions", "/actions/board?assignee=any", "/actions/new", `/actions/${id}/edit`, "/actions/calendar"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoAxeViolations(page);
    }
  });
}
