import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, type TAccount } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

// Issue 15, "Done means": the government group's DELIVERED RT2 position appears on
// TTM-ii (which follows RT2 up) and delegate.lk carries it into a new draft there;
// the IOE delegate sees only what was delivered; the history shows who carried it;
// the panel in EN/FR/ES is axe clean. One story on shared data, in order.
const RT2_POSITION = "/meetings/hld-2013/themes/RT2/position/government";
const TTM_II = "/meetings/ttm-2013/themes/TTM-ii";

async function as(browser: Browser, account: TAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

test("[carry] a delivered roundtable position carried into the technical meeting, seen by each as allowed", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  // The demo's story: the government group has AGREED its RT2 text; the employers
  // have a draft there; the workers have delivered theirs.
  const rt2Text = "Against trafficking for labour exploitation we give priority to prevention, protection and compensation";
  // One after the other: sign-in hashing is deliberately slow, and the machine is shared.
  const head = await as(browser, ACCOUNTS.headLk);
  const delegate = await as(browser, ACCOUNTS.delegateLk);
  const employers = await as(browser, ACCOUNTS.headIoe);

  await test.step("before delivery, head.ioe does not see the government's RT2 text on TTM-ii", async () => {
    await employers.goto(TTM_II);
    const panel = employers.getByTestId("dialogue-panel");
    await expect(panel.getByRole("heading", { name: "From the High-level Dialogue" })).toBeVisible();
    await expect(panel.getByTestId("dialogue-position-WORKERS")).toBeVisible();
    await expect(panel.getByTestId("dialogue-position-GOVERNMENT")).toHaveCount(0);
    await expect(panel.getByText(rt2Text)).toHaveCount(0);
  });

  await test.step("head.lk delivers the agreed RT2 position", async () => {
    await head.goto(RT2_POSITION);
    await head.getByRole("button", { name: "Mark as delivered" }).click();
    await expect(head.getByText("Delivered on")).toBeVisible();
  });

  await test.step("delegate.lk finds it on TTM-ii, from the High-level Dialogue", async () => {
    await delegate.goto(TTM_II);
    const panel = delegate.getByTestId("dialogue-panel");
    await expect(panel.getByRole("heading", { name: "From the High-level Dialogue" })).toBeVisible();
    const position = panel.getByTestId("dialogue-position-GOVERNMENT");
    await expect(position.getByText("Delivered", { exact: true })).toBeVisible();
    await expect(position.getByText(rt2Text)).toBeVisible();
    await expectNoAxeViolations(delegate);
  });

  await test.step("head.ioe now reads what was delivered, and cannot carry another group's text", async () => {
    await employers.goto(TTM_II);
    const position = employers.getByTestId("dialogue-panel").getByTestId("dialogue-position-GOVERNMENT");
    await expect(position.getByText(rt2Text)).toBeVisible();
    await expect(position.getByRole("button")).toHaveCount(0);
  });

  await test.step("delegate.lk carries it into a new draft on TTM-ii", async () => {
    await delegate.getByRole("button", { name: "Carry into our position on TTM-ii" }).click();
    await expect(delegate).toHaveURL(/\/meetings\/ttm-2013\/themes\/TTM-ii\/position\/government\?saved=1/);
    await expect(delegate.getByText(rt2Text)).toBeVisible();
    await delegate.goto(TTM_II);
    await expect(delegate.getByTestId("carried-line")).toContainText("Carried to TTM-ii (revision 1) by Anusha Fernando");
    await expect(delegate.getByRole("button", { name: "Carry into our position on TTM-ii" })).toHaveCount(0);
  });

  await test.step("both positions say who carried what, and the history shows the new revision", async () => {
    await delegate.goto("/meetings/ttm-2013/themes/TTM-ii/position/government");
    await expect(delegate.getByTestId("position-carries")).toContainText(/Carried from RT2 \(revision \d+\) by Anusha Fernando/);
    await delegate.goto(RT2_POSITION);
    await expect(delegate.getByTestId("position-carries")).toContainText("Carried to TTM-ii (revision 1) by Anusha Fernando");
    await expectNoAxeViolations(delegate);
    await delegate.goto("/meetings/ttm-2013/themes/TTM-ii/position/government/history");
    await expect(delegate.getByText(/Anusha Fernando/).first()).toBeVisible();
  });

  await test.step("the technical meeting's page shows the chain of linked meetings", async () => {
    await delegate.goto("/meetings/ttm-2013");
    const chain = delegate.getByTestId("meeting-chain");
    await expect(chain.getByRole("heading", { name: "Linked meetings" })).toBeVisible();
    await expect(chain.getByRole("listitem").filter({ hasText: "TTM-ii follows up RT2" })).toBeVisible();
    await expectNoAxeViolations(delegate);
    await chain.getByRole("link", { name: "Positions side by side with the roundtables they follow up" }).click();
    const row = delegate.getByTestId("linked-matrix").getByRole("row").filter({ has: delegate.getByRole("rowheader", { name: /^TTM-ii\s/ }) });
    await expect(row.getByText("Delivered", { exact: true })).toBeVisible();
    await expect(row.getByText("Draft", { exact: true })).toBeVisible();
    await expectNoAxeViolations(delegate);
  });

  for (const [locale, heading] of [
    ["fr", "Depuis le Dialogue de haut niveau"],
    ["es", "Desde el Diálogo de alto nivel"],
  ] as const) {
    await test.step(`the panel in ${locale} is axe clean`, async () => {
      await delegate.context().addCookies([{ name: "locale", value: locale, url: baseURL! }]);
      await delegate.goto(TTM_II);
      await expect(delegate.locator("html")).toHaveAttribute("lang", locale);
      await expect(delegate.getByRole("heading", { name: heading })).toBeVisible();
      await expectNoAxeViolations(delegate);
    });
  }
});
