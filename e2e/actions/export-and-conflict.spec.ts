import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { createActionThroughForm, pageFor, parseCsv, unique } from "./helpers";

const REGIONAL = "Regional preparatory meetings for the High-level Dialogue (UN Regional Commissions)";

test("[actions] the CSV export of a filtered list holds exactly the rows the screen shows", async ({ browser }) => {
  // Several forms in a row: generous on a loaded machine.
  test.setTimeout(180_000);
  // The workers' head: no other test creates actions for the workers' group.
  const page = await pageFor(browser, ACCOUNTS.headItuc);
  const tag = unique("csv");
  const titles = [`Brief, with "quotes" ${tag}`, `=HYPERLINK("x") ${tag}`, `Low priority ${tag}`];
  const priorities = ["HIGH", "HIGH", "LOW"] as const;
  for (const [i, title] of titles.entries()) {
    await page.goto("/actions/new");
    await createActionThroughForm(page, {
      title,
      priority: priorities[i],
      meeting: REGIONAL,
      group: i === 1,
      assignee: i === 0 ? "Samuel Okoro" : undefined,
      due: i === 1 ? undefined : `2013-10-0${i + 1}`,
    });
  }

  // All of the group's high-priority actions on the regional meetings, by due date.
  await page.goto("/actions?assignee=any");
  await page.getByLabel("Meeting", { exact: true }).selectOption({ label: REGIONAL });
  await page.getByLabel("Priority", { exact: true }).selectOption("HIGH");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/priority=HIGH/);
  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows.filter({ hasText: tag })).toHaveCount(2);
  // What a reader sees in each row: title, status, priority, due date, assignee.
  const screen = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll("td")] as HTMLElement[];
      const firstLine = (el: HTMLElement | undefined) => (el?.innerText ?? "").split("\n")[0]!.trim();
      return {
        title: firstLine(cells[0]),
        status: firstLine(cells[1]),
        priority: firstLine(cells[2]),
        due: cells[3]?.querySelector("time")?.getAttribute("datetime") ?? "",
        assignee: firstLine(cells[4]),
      };
    }),
  );

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export these actions as CSV" }).click()]);
  const csv = parseCsv(readFileSync((await download.path())!, "utf8"));
  const [header, ...lines] = csv;
  expect(header!.slice(0, 6)).toEqual(["Title", "Status", "Priority", "Due date", "Overdue", "Assignee"]);
  expect(lines).toHaveLength(screen.length);
  for (const [i, line] of lines.entries()) {
    const [title, status, priority, due, , assignee] = line;
    const shown = screen[i]!;
    // A title a spreadsheet would run as a formula is written with a leading apostrophe.
    expect(title!.replace(/^'(?=[=+\-@])/, "")).toBe(shown.title);
    expect(status).toBe(shown.status);
    expect(`${priority} priority`).toBe(shown.priority);
    expect(due).toBe(shown.due);
    expect(assignee || "Unassigned").toBe(shown.assignee);
  }
  expect(lines.map((l) => l[0])).toContain(`'=HYPERLINK("x") ${tag}`);
  expect(lines.map((l) => l[0])).not.toContain(`Low priority ${tag}`);
});

test("[actions] a second editor who started from an older version is told and shown both versions", async ({ browser }) => {
  test.setTimeout(120_000);
  const delegate = await pageFor(browser, ACCOUNTS.delegateLk);
  const title = unique("Check C189 ratification");
  await delegate.goto("/actions/new");
  const id = await createActionThroughForm(delegate, { title, assignee: "Nimal Perera", due: "2013-10-15" });

  // Both open the edit form of the same version.
  const head = await pageFor(browser, ACCOUNTS.headLk);
  await head.goto(`/actions/${id}/edit`);
  await delegate.goto(`/actions/${id}/edit`);

  // The head saves first.
  await head.getByLabel("Title", { exact: true }).fill(`${title} (head's wording)`);
  await head.getByRole("button", { name: "Save changes" }).click();
  await expect(head.getByRole("heading", { level: 1, name: `${title} (head's wording)` })).toBeVisible();

  // The delegate's save is refused, with both versions side by side and her text kept.
  await delegate.getByLabel("Title", { exact: true }).fill(`${title} (delegate's wording)`);
  await delegate.getByLabel("Due date", { exact: true }).fill("2013-10-20");
  await delegate.getByRole("button", { name: "Save changes" }).click();
  const conflict = delegate.getByRole("alert", { name: "Someone else saved this action while you were editing" });
  await expect(conflict).toBeVisible();
  const titleRow = conflict.getByRole("row", { name: /^Title/ });
  await expect(titleRow).toContainText(`${title} (head's wording)`);
  await expect(titleRow).toContainText(`${title} (delegate's wording)`);
  await expect(titleRow).toContainText("Differs");
  await expect(conflict.getByRole("row", { name: /^Assignee/ })).toContainText("Same");
  await expect(delegate.getByLabel("Title", { exact: true })).toHaveValue(`${title} (delegate's wording)`);
  await expect(delegate.getByLabel("Due date", { exact: true })).toHaveValue("2013-10-20");

  // Saving again, having seen the other version, is a deliberate choice and goes through.
  await delegate.getByRole("button", { name: "Save changes" }).click();
  await expect(delegate.getByRole("heading", { level: 1, name: `${title} (delegate's wording)` })).toBeVisible();
  await expect(delegate.getByText("Anusha Fernando changed it")).toBeVisible();
});
