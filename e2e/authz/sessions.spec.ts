import { expect, test } from "./support/fixtures";
import { getPage, redirectsToSignIn } from "./support/pages";
import { PASSWORD } from "./support/plant";

// The two actors without a session: the matrix's anonymous and deactivated columns
// rest on these facts (cells of both are checked over HTTP by the matrix specs).

test("[authz] a deactivated person cannot sign in again, with the right password", async ({ authz, page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(authz.world.deactivated.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("[authz] the deactivated person's old session cookie opens nothing", async ({ authz }) => {
  // The cookie is still a validly signed token; the server-side session behind it ended.
  const home = await getPage(authz.contexts.deactivated, "/");
  expect(redirectsToSignIn(home)).toBe(true);
  const action = await getPage(authz.contexts.deactivated, `/actions/${authz.world.actions.DELEGATION}`);
  expect(redirectsToSignIn(action)).toBe(true);
  const feed = await getPage(authz.contexts.deactivated, authz.world.deactivated.feedUrl);
  expect(feed.status).toBe(404);
});
