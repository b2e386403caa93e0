import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

// Each test uses its own theme, so they can run in any order beside the RT1 story and
// the carry-over story on TTM-ii (e2e/carry).

test("[positions] a delegate drafts, revises and restores an old revision from the history", async ({ page }) => {
  // Several pages and three accessibility scans: more than the default 30 s under load.
  test.setTimeout(180_000);
  const suffix = Math.random().toString(36).slice(2, 8);
  const position = "/meetings/ttm-2013/themes/TTM-iv/position/government";
  await signIn(page, ACCOUNTS.delegateLk);
  await page.goto("/meetings/ttm-2013/themes/TTM-iv");
  const panel = page.getByRole("region", { name: "Group position" });
  await expect(panel).toBeVisible();
  await expectNoAxeViolations(page);

  // First draft, from the theme page.
  await panel.getByRole("link", { name: /Write the first draft|Edit the text/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit the Governments position on TTM-iv" })).toBeVisible();
  await page.getByLabel("Position text (Markdown)").fill(`Version one (${suffix}).`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved as revision \d+\./)).toBeVisible();

  // Second version; an empty text is refused beside the field and what was typed stays.
  await page.getByRole("link", { name: "Edit the text" }).click();
  const field = page.getByLabel("Position text (Markdown)");
  await field.fill("   ");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Write the position text before saving.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await field.fill(`Version two (${suffix}).`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(`Version two (${suffix}).`)).toBeVisible();
  await expectNoAxeViolations(page);

  // Restore the first as a new revision.
  await page.getByRole("link", { name: "History of changes" }).click();
  const restore = page.getByRole("button", { name: /^Restore revision \d+$/ }).last();
  await restore.click();
  await expect(page.getByText(/restored from revision \d+/)).toBeVisible();
  await page.goto(position);
  await expect(page.getByText(`Version one (${suffix}).`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("[positions] an adviser reads the group's draft but has no editor; observers and the secretariat see no draft", async ({ browser }) => {
  test.setTimeout(180_000);
  const suffix = Math.random().toString(36).slice(2, 8);
  const position = "/meetings/ttm-2013/themes/TTM-iii/position/government";
  const head = await (await browser.newContext()).newPage();
  await signIn(head, ACCOUNTS.headLk);
  await head.goto(`${position}/edit`);
  await head.getByLabel("Position text (Markdown)").fill(`Draft for advisers to read (${suffix}).`);
  await head.getByRole("button", { name: "Save", exact: true }).click();
  await expect(head.getByText(/Saved as revision \d+\./)).toBeVisible();

  const adviser = await (await browser.newContext()).newPage();
  await signIn(adviser, ACCOUNTS.adviserLk);
  await adviser.goto(position);
  await expect(adviser.getByText(`Draft for advisers to read (${suffix}).`)).toBeVisible();
  await expect(adviser.getByRole("link", { name: "Edit the text" })).toHaveCount(0);
  expect((await adviser.goto(`${position}/edit`))?.status()).toBe(404);

  for (const account of [ACCOUNTS.observerIom, ACCOUNTS.secretariat]) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, account);
    expect((await page.goto(position))?.status()).toBe(404);
    await page.goto("/meetings/ttm-2013/positions");
    await expect(page.getByRole("heading", { level: 1, name: "Positions matrix" })).toBeVisible();
    await expect(page.getByText(`Draft for advisers to read (${suffix}).`)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  }
  await Promise.all([head, adviser].map((page) => page.context().close()));
});

test("[positions] the positions page lists the matrices, and a head controls who records stances", async ({ page }) => {
  await signIn(page, ACCOUNTS.headLk);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Positions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Group positions" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Positions matrix — .*High-level Dialogue/ })).toBeVisible();
  const permissions = page.getByRole("region", { name: "Who may record our stances" });
  await expect(permissions.getByText("Anusha Fernando", { exact: true })).toBeVisible();
  await expect(permissions.getByRole("button", { name: "Allow Anusha Fernando to record stances" })).toBeVisible();
  await expect(permissions.getByText("May not record stances")).toBeVisible();
  await expectNoAxeViolations(page);
});
