import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, type TAccount } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

// The government position on RT1, from the demo's draft to delivery, with two editors
// in two browsers at once. One test, in order: it is a single story on shared data.
// The demo's story already holds revisions and stances on RT1, so revision numbers
// are read from what the app says, and counts from what the group itself sees.
const POSITION = "/meetings/hld-2013/themes/RT1/position/government";
const MATRIX = "/meetings/hld-2013/positions";

async function as(browser: Browser, account: TAccount): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test("[positions] two editors, a conflict merged, agreed then delivered, and who sees what", async ({ browser }) => {
  test.setTimeout(240_000);
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

  let headRevision = 0;
  let mergedRevision = 0;
  const savedRevision = async (page: Page) => Number(/Saved as revision (\d+)\./.exec((await page.getByText(/Saved as revision \d+\./).textContent()) ?? "")?.[1]);

  await test.step("head.lk saves first", async () => {
    await head.getByLabel("Position text (Markdown)").fill(headText);
    await head.getByRole("button", { name: "Save", exact: true }).click();
    await expect(head.getByText(/Saved as revision \d+\./)).toBeVisible();
    await expect(head.getByText(headText)).toBeVisible();
    headRevision = await savedRevision(head);
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
    mergedRevision = await savedRevision(delegate);
    expect(mergedRevision).toBe(headRevision + 1);
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

  // The demo has Sri Lanka supporting RT1 with amendments: the head changes it to support.
  await test.step("head.lk records Sri Lanka's stance on RT1", async () => {
    await head.goto("/meetings/hld-2013/themes/RT1");
    const stance = head.getByRole("region", { name: "Our stance" });
    await expect(stance.getByTestId("our-stance")).toContainText("Support with amendments");
    await stance.getByRole("radio", { name: "Support", exact: true }).check();
    await stance.getByLabel("Note (optional)").fill(`Now that the recruitment fee wording is in (${suffix}).`);
    await stance.getByRole("button", { name: "Save our stance" }).click();
    await expect(stance.getByText("Stance saved.")).toBeVisible();
    await expect(stance.getByTestId("our-stance")).toContainText("Support");
    await expect(stance.getByTestId("our-stance")).not.toContainText("amendments");
  });

  await test.step("the matrix shows Sri Lanka's stance to delegate.ph, and only counts to head.ituc", async () => {
    await delegate.goto(MATRIX);
    const govCell = delegate.getByRole("row", { name: /RT1/ }).getByRole("cell").nth(0);
    await expect(govCell.getByText("Delivered", { exact: true })).toBeVisible();
    await expectNoAxeViolations(delegate);
    await govCell.getByRole("link", { name: "Stances by delegation on RT1" }).click();
    await expect(delegate.getByRole("heading", { level: 1, name: "Stances of the Governments delegations on RT1" })).toBeVisible();
    const lkRow = delegate.getByRole("row", { name: /Government of Sri Lanka/ });
    await expect(lkRow.getByRole("cell").nth(0)).toHaveText("Support");
    await expect(lkRow.getByRole("cell").nth(1)).toHaveText(`Now that the recruitment fee wording is in (${suffix}).`);
    // What the governments see by name, the workers see as counts.
    const holding = (value: string) => delegate.getByRole("row").filter({ has: delegate.getByRole("cell", { name: value, exact: true }) }).count();
    const supporting = await holding("Support");
    const amending = await holding("Support with amendments");
    expect(supporting * amending, "both stances are held in the demo").toBeGreaterThan(0);
    await expectNoAxeViolations(delegate);

    await workers.goto(MATRIX);
    const row = workers.getByRole("row", { name: /RT1/ });
    await expect(row.getByRole("link", { name: "Read the Governments position on RT1" })).toBeVisible();
    await expect(row.getByText(`Support: ${supporting}`, { exact: true })).toBeVisible();
    await expect(row.getByText(`Support with amendments: ${amending}`, { exact: true })).toBeVisible();
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
    await head.getByLabel("Older revision").selectOption({ label: `Revision ${headRevision}` });
    await head.getByLabel("Newer revision").selectOption({ label: `Revision ${mergedRevision}` });
    await head.getByRole("button", { name: "Show differences" }).click();
    await expect(head.getByRole("heading", { name: `Differences from revision ${headRevision} to revision ${mergedRevision}` })).toBeVisible();
    await expect(head.locator("ins").first()).toContainText("portable social protection");
    await expectNoAxeViolations(head);
  });

  await Promise.all([head, delegate, employers, workers].map((page) => page.context().close()));
});
