import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, type TAccount } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

// The government position on RT1, from first draft to delivery, with two editors in
// two browsers at once. One test, in order: it is a single story on shared data.
const POSITION = "/meetings/hld-2013/themes/RT1/position/government";
const MATRIX = "/meetings/hld-2013/positions";

async function as(browser: Browser, account: TAccount): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test("[positions] two editors, a conflict merged, agreed then delivered, and who sees what", async ({ browser }) => {
  test.setTimeout(120_000);
  const suffix = Math.random().toString(36).slice(2, 8);
  const headText = `Governments support fair recruitment (${suffix}).`;
  const delegateText = `Governments call for portable social protection (${suffix}).`;
  const [head, delegate, employers, workers] = await Promise.all([
    as(browser, ACCOUNTS.headLk),
    as(browser, ACCOUNTS.delegatePh),
    as(browser, ACCOUNTS.headIoe),
    as(browser, ACCOUNTS.headItuc),
  ]);

  await test.step("both open the editor on the same revision", async () => {
    for (const page of [head, delegate]) {
      await page.goto(`${POSITION}/edit`);
      await expect(page.getByLabel("Position text (Markdown)")).toBeVisible();
    }
    await expectNoAxeViolations(head);
  });

  await test.step("head.lk saves first", async () => {
    await head.getByLabel("Position text (Markdown)").fill(headText);
    await head.getByRole("button", { name: "Save", exact: true }).click();
    await expect(head.getByText(/Saved as revision \d+\./)).toBeVisible();
    await expect(head.getByText(headText)).toBeVisible();
  });

  await test.step("delegate.ph saves from the old revision and gets the conflict view, with nothing lost", async () => {
    await delegate.getByLabel("Position text (Markdown)").fill(delegateText);
    await delegate.getByRole("button", { name: "Save", exact: true }).click();
    await expect(delegate.getByRole("heading", { name: "Someone saved a newer version while you were editing" })).toBeVisible();
    await expect(delegate.getByTestId("conflict-yours")).toHaveText(delegateText);
    await expect(delegate.getByTestId("conflict-theirs")).toHaveText(headText);
    await expect(delegate.getByRole("heading", { name: /Saved version: revision \d+ by Nimal Perera \(Government of Sri Lanka\)/ })).toBeVisible();
    // The word diff marks what differs, in words and not only colour.
    await expect(delegate.locator("del").first()).toContainText("removed:");
    await expect(delegate.locator("ins").first()).toContainText("added:");
    await expect(delegate.getByLabel("Merged text (Markdown)")).toHaveValue(delegateText);
    await expectNoAxeViolations(delegate);
  });

  await test.step("delegate.ph merges both texts and saves", async () => {
    await delegate.getByLabel("Merged text (Markdown)").fill(`${headText}\n\n${delegateText}`);
    await delegate.getByRole("button", { name: "Save the merged text" }).click();
    await expect(delegate.getByText(/Saved as revision \d+\./)).toBeVisible();
    await expect(delegate.getByText(headText)).toBeVisible();
    await expect(delegate.getByText(delegateText)).toBeVisible();
  });

  await test.step("head.ioe cannot see the draft", async () => {
    expect((await employers.goto(POSITION))?.status()).toBe(404);
  });

  await test.step("head.lk marks it agreed; still hidden from head.ioe", async () => {
    await head.goto(POSITION);
    await expect(head.getByText(delegateText)).toBeVisible();
    await head.getByRole("button", { name: "Mark as agreed" }).click();
    await expect(head.getByRole("heading", { name: "Agreed by" })).toBeVisible();
    await expect(head.getByText(/Government of Sri Lanka \(Nimal Perera\), revision \d+/)).toBeVisible();
    expect((await employers.goto(POSITION))?.status()).toBe(404);
  });

  await test.step("head.lk marks it delivered; now head.ioe reads it", async () => {
    await head.getByRole("button", { name: "Mark as delivered" }).click();
    await expect(head.getByText("Delivered on")).toBeVisible();
    const response = await employers.goto(POSITION);
    expect(response?.status()).toBe(200);
    await expect(employers.getByRole("heading", { level: 1, name: "Governments position on RT1" })).toBeVisible();
    await expect(employers.getByText(delegateText)).toBeVisible();
    // The history stays with the group.
    expect((await employers.goto(`${POSITION}/history`))?.status()).toBe(404);
  });

  await test.step("head.lk records Sri Lanka's stance on RT1", async () => {
    await head.goto("/meetings/hld-2013/themes/RT1");
    const stance = head.getByRole("region", { name: "Our stance" });
    await stance.getByRole("radio", { name: "Support with amendments" }).check();
    await stance.getByLabel("Note (optional)").fill(`Subject to the recruitment fee wording (${suffix}).`);
    await stance.getByRole("button", { name: "Save our stance" }).click();
    await expect(stance.getByText("Stance saved.")).toBeVisible();
    await expect(stance.getByTestId("our-stance")).toContainText("Support with amendments");
  });

  await test.step("the matrix shows Sri Lanka's stance to delegate.ph, not to head.ituc", async () => {
    await delegate.goto(MATRIX);
    const govCell = delegate.getByRole("row", { name: /RT1/ }).getByRole("cell").nth(0);
    await expect(govCell.getByText("Delivered", { exact: true })).toBeVisible();
    await expectNoAxeViolations(delegate);
    await govCell.getByRole("link", { name: "Stances by delegation on RT1" }).click();
    await expect(delegate.getByRole("heading", { level: 1, name: "Stances of the Governments delegations on RT1" })).toBeVisible();
    const lkRow = delegate.getByRole("row", { name: /Government of Sri Lanka/ });
    await expect(lkRow.getByRole("cell").nth(0)).toHaveText("Support with amendments");
    await expect(lkRow.getByRole("cell").nth(1)).toHaveText(`Subject to the recruitment fee wording (${suffix}).`);
    await expectNoAxeViolations(delegate);

    await workers.goto(MATRIX);
    const row = workers.getByRole("row", { name: /RT1/ });
    await expect(row.getByRole("link", { name: "Read the Governments position on RT1" })).toBeVisible();
    await expect(row.getByText("Support with amendments: 1")).toBeVisible();
    await expect(workers.getByText("Government of Sri Lanka")).toHaveCount(0);
    // head.ituc's stances page is the workers' group's: Sri Lanka is not on it.
    await workers.goto("/meetings/hld-2013/themes/RT1/stances");
    await expect(workers.getByRole("heading", { level: 1, name: "Stances of the Workers delegations on RT1" })).toBeVisible();
    await expect(workers.getByText("Government of Sri Lanka")).toHaveCount(0);
  });

  await test.step("the history lists the revisions with a word diff", async () => {
    await head.goto(`${POSITION}/history`);
    await expect(head.getByRole("heading", { level: 1, name: "History of the Governments position on RT1" })).toBeVisible();
    await expect(head.getByRole("heading", { name: /Differences from revision \d+ to revision \d+/ })).toBeVisible();
    await head.getByLabel("Older revision").selectOption({ label: "Revision 1" });
    await head.getByLabel("Newer revision").selectOption({ label: "Revision 2" });
    await head.getByRole("button", { name: "Show differences" }).click();
    await expect(head.getByRole("heading", { name: "Differences from revision 1 to revision 2" })).toBeVisible();
    await expect(head.locator("ins").first()).toContainText("portable social protection");
    await expectNoAxeViolations(head);
  });

  await Promise.all([head, delegate, employers, workers].map((page) => page.context().close()));
});
