import { expect, type Browser, type Page } from "@playwright/test";
import type { TAccount } from "../support/accounts";
import { signIn } from "../support/sign-in";

/** A signed-in page in its own browser context, so several people can act at once. */
export async function pageFor(browser: Browser, account: TAccount): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** Titles unique to one test run, so parallel tests never see each other's rows. */
export const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

export type TNewAction = {
  title: string;
  description?: string;
  group?: boolean;
  assignee?: string;
  due?: string;
  priority?: "LOW" | "MEDIUM" | "HIGH";
  meeting?: string;
};

/** Fills the new-action form (already open) and saves; returns the new action's id. */
export async function createActionThroughForm(page: Page, action: TNewAction): Promise<string> {
  await page.getByLabel("Title", { exact: true }).fill(action.title);
  if (action.description) await page.getByLabel("Description", { exact: true }).fill(action.description);
  if (action.group) await page.getByRole("radio", { name: /My constituent group/ }).check();
  if (action.meeting) await page.getByLabel("Meeting", { exact: true }).selectOption({ label: action.meeting });
  if (action.assignee) await page.getByLabel("Assignee", { exact: true }).selectOption({ label: action.assignee });
  if (action.due) await page.getByLabel("Due date", { exact: true }).fill(action.due);
  if (action.priority) await page.getByLabel("Priority", { exact: true }).selectOption(action.priority);
  await page.getByRole("button", { name: "Create action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: action.title })).toBeVisible();
  const id = /\/actions\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id, "redirected to the new action's page").toBeTruthy();
  return id!;
}

/** A strict RFC 4180 reader (the app's writer is tested separately). Drops the BOM. */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && source[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}
