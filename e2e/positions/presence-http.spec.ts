import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS, type TAccount } from "../support/accounts";
import { signIn } from "../support/sign-in";
import { queryDatabase } from "../support/database";
import { ACTIONS, actionId } from "../authz/support/server-actions";

// "Who is editing this position" over HTTP (issue 11): the editor's server action
// posted by hand, as anyone could, by every demo account and with hostile arguments.
// Only a person who may edit their own group's position gets a row, for that group;
// nothing else is written and nothing answers with a server error. TTM-i: no seeded
// position and no other spec writes one there, so every group's is a draft.
const SLUG = "ttm-2013";
const CODE = "TTM-i";
const PAGE = `/meetings/${SLUG}/themes/${CODE}/position/government/edit`;

// The group each account's row is for, or null for no row.
const EXPECTED: [keyof typeof ACCOUNTS, string | null][] = [
  ["headLk", "GOVERNMENT"],
  ["delegateLk", "GOVERNMENT"],
  ["delegatePh", "GOVERNMENT"],
  ["adviserLk", null], // advisers read drafts but do not edit them
  ["headIoe", "EMPLOYERS"],
  ["headItuc", "WORKERS"],
  ["observerIom", null],
  ["secretariat", null],
];

async function requestAs(browser: Browser, account: TAccount) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page.request;
}

async function sayEditing(request: Awaited<ReturnType<typeof requestAs>>, baseURL: string, args: unknown[]): Promise<number> {
  const form = new FormData();
  form.append("0", JSON.stringify(args));
  const response = await request.post(PAGE, {
    headers: { "Next-Action": actionId(ACTIONS.setEditing), Origin: new URL(baseURL).origin, Accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
  });
  return response.status();
}

const rowsOf = (email: string) =>
  queryDatabase<{ group: string }>(
    `SELECT p."group" FROM "PositionPresence" p JOIN "Theme" t ON t."id" = p."themeId" JOIN "User" u ON u."id" = p."userId" WHERE t."code" = $1 AND u."email" = $2`,
    [CODE, email],
  );

test("[positions] only those who may edit their own group's position can say they are editing it, over HTTP", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  for (const [key, group] of EXPECTED) {
    const account = ACCOUNTS[key];
    const request = await requestAs(browser, account);
    await test.step(`${account.email}: ${group ? `a row for ${group}` : "no row"}; hostile arguments write nothing`, async () => {
      for (const args of [
        [SLUG, "TTM-i\u0000", true],
        [SLUG, CODE, "yes"],
        [{ slug: SLUG }, [CODE], true],
        ["x".repeat(5000), CODE, true],
      ]) {
        expect(await sayEditing(request, baseURL!, args), JSON.stringify(args).slice(0, 60)).toBe(200);
      }
      expect(await rowsOf(account.email)).toEqual([]);
      expect(await sayEditing(request, baseURL!, [SLUG, CODE, true])).toBe(200);
      expect(await rowsOf(account.email)).toEqual(group ? [{ group }] : []);
      // Leaving removes it.
      expect(await sayEditing(request, baseURL!, [SLUG, CODE, false])).toBe(200);
      expect(await rowsOf(account.email)).toEqual([]);
    });
  }
});
