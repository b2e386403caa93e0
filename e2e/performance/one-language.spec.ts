import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "../support/accounts";
import { signIn } from "../support/sign-in";

// Only the viewer's language reaches the browser (issue 9): the scripts carry no
// message catalog at all, and the page sends its client components the strings of
// its own language. The probe is a string client components show only on demand
// (the confirmation to delete a note), so it is in the page only as client data.
const CONFIRM_DELETE = { fr: "son fil pour tout le monde", en: "and its thread for everyone", es: "y su hilo para todos" };

test("[performance] a theme page in French carries French strings only", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.delegateLk);
  await context.addCookies([{ name: "locale", value: "fr", domain: "127.0.0.1", path: "/" }]);

  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text());
  });
  const document = await page.goto("/meetings/hld-2013/themes/RT2");
  await expect(page.getByRole("heading", { level: 2, name: "Notes" })).toBeVisible();
  const html = await document!.text();
  const bundles = (await Promise.all(scripts)).join("\n");
  expect(bundles.length).toBeGreaterThan(10_000);

  for (const text of Object.values(CONFIRM_DELETE)) expect(bundles, "no catalog in the client bundles").not.toContain(text);
  expect(html).toContain(CONFIRM_DELETE.fr);
  expect(html).not.toContain(CONFIRM_DELETE.en);
  expect(html).not.toContain(CONFIRM_DELETE.es);
});
