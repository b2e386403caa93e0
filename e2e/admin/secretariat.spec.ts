import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { expectNoAxeViolations } from "../support/axe";

const unique = () => Math.random().toString(36).slice(2, 8);

test("[admin] the secretariat creates a meeting, a theme, a delegation and invites a person who then signs in", async ({ page, browser, baseURL }) => {
  // Four axe scans, two password hashes and two sign-ins: 54 s of 60 on a busy run.
  test.setTimeout(120_000);
  const id = unique();
  await signIn(page, ACCOUNTS.secretariat);
  await page.getByRole("link", { name: "Administration" }).click();
  await expectNoAxeViolations(page);

  // Meeting
  await page.getByRole("link", { name: "Meetings and themes" }).click();
  const meetingForm = page.getByRole("form", { name: "New meeting" });
  await meetingForm.getByLabel("Title").fill(`Asia-Pacific consultation ${id}`);
  await meetingForm.getByLabel("Short name in the address").fill(`asia Pacific ${id}`);
  await meetingForm.getByRole("button", { name: "Create" }).click();
  // Bad input: a message beside the field, what was typed kept.
  await expect(meetingForm.getByLabel("Short name in the address")).toHaveAccessibleDescription(/Use lower-case letters, digits and single hyphens/);
  await expect(meetingForm.getByLabel("Title")).toHaveValue(`Asia-Pacific consultation ${id}`);
  await meetingForm.getByLabel("Short name in the address").fill(`asia-pacific-${id}`);
  await meetingForm.getByLabel("Kind").selectOption("REGIONAL_PREPARATORY");
  await meetingForm.getByLabel("Venue").fill("Bangkok");
  await meetingForm.getByLabel("First day").fill("2013-05-29");
  await meetingForm.getByLabel("Last day").fill("2013-05-30");
  await meetingForm.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/meetings/asia-pacific-${id}$`));
  await expectNoAxeViolations(page);

  // Theme
  await page.getByRole("link", { name: "New theme" }).click();
  const themeForm = page.getByRole("form", { name: "New theme" });
  await themeForm.getByLabel("Code").fill("AP1");
  await themeForm.getByLabel("Title", { exact: true }).fill("Recruitment costs in Asia-Pacific corridors");
  await themeForm.getByLabel("Background text").fill(`Recruitment fees ${id} burden migrant workers.\n\nBilateral agreements can cap them.`);
  await themeForm.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "AP1" })).toBeVisible();
  await page.goto(`/meetings/asia-pacific-${id}/themes/AP1`);
  await expect(page.getByRole("region", { name: "Background" }).locator("p[data-paragraph]")).toHaveCount(2);

  // Delegation and invitation
  await page.goto("/admin/delegations");
  const delegationForm = page.getByRole("form", { name: "New delegation" });
  await delegationForm.getByLabel("Name").fill(`Government of Tonga ${id}`);
  await delegationForm.getByLabel("Constituent group").selectOption("GOVERNMENT");
  await delegationForm.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Government of Tonga ${id}` })).toBeVisible();
  await expectNoAxeViolations(page);

  const invite = page.getByRole("form", { name: "Invite a person" });
  await invite.getByLabel("Name").fill("Sione Tupou");
  await invite.getByLabel("Email").fill(`sione.${id}@gov.demo`);
  await invite.getByLabel("Role").selectOption("HEAD_OF_DELEGATION");
  await invite.getByRole("button", { name: "Send invitation" }).click();
  const link = (await page.getByTestId("invitation-link").textContent())!.trim();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByRole("row", { name: /Sione Tupou/ })).toContainText("Invited, not joined yet");

  // The invited person, in another browser, sets a password and signs in.
  const other = await browser.newContext({ baseURL });
  const invitee = await other.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByText(`Government of Tonga ${id}`)).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Choose a password").fill("1qaz2wsx3edc");
  await invitee.getByLabel("The same password again").fill("1qaz2wsx3edc");
  await invitee.getByRole("button", { name: "Set password and continue" }).click();
  await expect(invitee.getByLabel("Choose a password")).toHaveAccessibleDescription(/among the most common/);
  await invitee.getByLabel("Choose a password").fill("tongan delegation passphrase");
  await invitee.getByLabel("The same password again").fill("tongan delegation passphrase");
  await invitee.getByRole("button", { name: "Set password and continue" }).click();
  await expect(invitee.getByText("Your password is set.")).toBeVisible();
  await signIn(invitee, { email: `sione.${id}@gov.demo` }, "tongan delegation passphrase");
  await expect(invitee.getByTestId("acting-as")).toContainText(`Government of Tonga ${id} — Sione Tupou`);
  // The link works once.
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("main").getByRole("alert")).toContainText("not valid any more");
  await other.close();
});

test("[admin] delegates, heads and observers get 404 on administration pages", async ({ page }) => {
  await signIn(page, ACCOUNTS.headLk);
  for (const path of ["/admin", "/admin/meetings", "/admin/meetings/hld-2013", "/admin/delegations", "/admin/secretariat"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
});

test("[admin] a head of delegation sees their delegation's people and audit log, and no one else's", async ({ page }) => {
  await signIn(page, ACCOUNTS.headIoe);
  await page.getByRole("link", { name: "My delegation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "International Organisation of Employers" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Claire Dubois/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Nimal Perera/ })).toHaveCount(0);
  // The invitation form's and every member's role choice: none offers the secretariat.
  const roles = page.getByLabel("Role");
  await expect(roles.first()).toBeVisible();
  for (const role of await roles.all()) await expect(role).not.toContainText("Secretariat officer");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /head\.lk@gov\.demo/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
