import { expect, test, type APIRequestContext, type Browser, type PlaywrightWorkerArgs } from "@playwright/test";
import { signIn } from "../support/sign-in";
import { ACCOUNTS } from "../support/accounts";
import { getPage, peopleRows, redirectsToSignIn } from "../authz/support/pages";
import { ACTIONS, callAction, type TActionCall } from "../authz/support/server-actions";

// Issue 10, findings 4, 5 and 7, replayed over HTTP against the built app:
// - next-auth's own POST /api/auth/signout did not revoke the server-side session
//   (the old cookie still opened /account), and GET /api/auth/session reported revoked
//   sessions as signed in and showed the internal session id;
// - calendar feed URLs outlived a password change with "sign out everywhere", and came
//   back to life after deactivation and reactivation;
// - @mentions in a public note rendered mailto: links with addresses, to observers too.

const PASSWORD = "a long passphrase for the feeds";
const NEW_PASSWORD = "another long passphrase entirely";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const random = () => Math.random().toString(36).slice(2, 10);

const ACCOUNT_ACTIONS = {
  changePassword: { file: "lib/actions/account.ts", name: "changePasswordAction" },
  signOutEverywhere: { file: "lib/actions/account.ts", name: "signOutEverywhereAction" },
  saveDelegation: { file: "lib/actions/admin-people.ts", name: "saveDelegationAction" },
  setDelegationActive: { file: "lib/actions/admin-people.ts", name: "setDelegationActiveAction" },
} as const;

type TSignedIn = { request: APIRequestContext; cookies: Awaited<ReturnType<APIRequestContext["storageState"]>>; close: () => Promise<void> };

/** Signs in through the form in a browser, then works over HTTP with its cookies. */
async function signedIn(browser: Browser, baseURL: string, email: string, password?: string): Promise<TSignedIn> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, { email }, password);
  const cookies = await context.storageState();
  return { request: context.request, cookies, close: () => context.close() };
}

/** A second browser holding a copy of the same cookie (a stolen or forgotten one). */
async function copyOf(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, session: TSignedIn) {
  return playwright.request.newContext({ baseURL, storageState: session.cookies });
}

function call(ctx: APIRequestContext, baseURL: string, c: TActionCall) {
  return callAction(ctx, baseURL, c);
}

/** An invitation into `delegationId` by `inviter`, accepted with PASSWORD; the person's email and name. */
async function invitedAndJoined(inviter: APIRequestContext, anonymous: APIRequestContext, baseURL: string, page: string, delegationId: string) {
  const email = `feeds-${random()}@gov.demo`;
  const name = `Feeds ${random()}`;
  const invited = await call(inviter, baseURL, { page, action: ACTIONS.invitePerson, args: [delegationId, {}], fields: { email, name, role: "DELEGATE" } });
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(JSON.stringify(invited.result ?? ""))?.[1];
  expect(token, "setup: an invitation link").toBeTruthy();
  const accepted = await call(anonymous, baseURL, { page: `/invitations/${token}`, action: ACTIONS.acceptInvitation, args: [token, {}], fields: { password: PASSWORD, confirm: PASSWORD } });
  expect(JSON.stringify(accepted.result), "setup: the person joins").toContain("notice");
  return { email, name };
}

/** Issues the person's calendar feed and checks it serves; returns its path. */
async function openFeed(person: APIRequestContext, baseURL: string, anonymous: APIRequestContext) {
  const issued = await call(person, baseURL, { page: "/actions/calendar", action: ACTIONS.issueFeed, args: [{}], fields: {} });
  const url = (issued.result as { url?: string } | undefined)?.url;
  expect(url, "setup: a feed URL").toBeTruthy();
  const path = new URL(url!).pathname;
  const feed = await getPage(anonymous, path);
  expect(feed.status, "the feed serves before the event").toBe(200);
  expect(feed.text).toContain("BEGIN:VCALENDAR");
  return path;
}

async function lkId(secretariat: APIRequestContext): Promise<string> {
  const page = (await getPage(secretariat, "/admin/delegations")).text;
  const id = /href="\/admin\/delegations\/([0-9a-f-]{36})">Government of Sri Lanka</.exec(page)?.[1];
  expect(id, "setup: Sri Lanka's id").toBeTruthy();
  return id!;
}

test.describe("[security] one sign-out", () => {
  test("[security] POST /api/auth/signout ends the server-side session: a copy of the old cookie no longer opens /account", async ({ browser, baseURL, playwright }) => {
    const session = await signedIn(browser, baseURL!, ACCOUNTS.headItuc.email);
    const copy = await copyOf(playwright, baseURL!, session);
    try {
      expect((await getPage(copy, "/account")).status).toBe(200);
      const before = await copy.get("/api/auth/session");
      const text = await before.text();
      expect(JSON.parse(text)).toEqual({ user: { name: ACCOUNTS.headItuc.person, email: ACCOUNTS.headItuc.email } });
      expect(text, "no internal id in the session answer").not.toMatch(UUID);

      // Another site cannot sign the person out (and learns nothing).
      const foreign = await session.request.post("/api/auth/signout", { headers: { Origin: "http://evil.example" }, maxRedirects: 0 });
      expect(foreign.status()).toBe(404);
      expect((await getPage(copy, "/account")).status).toBe(200);

      const out = await session.request.post("/api/auth/signout", { headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
      expect(out.status()).toBe(303);
      expect(out.headers().location).toBe("/sign-in");
      expect(await out.text()).not.toMatch(UUID);

      expect(redirectsToSignIn(await getPage(copy, "/account")), "the copied cookie opens nothing").toBe(true);
      expect(await (await copy.get("/api/auth/session")).json()).toBeNull();
    } finally {
      await copy.dispose();
      await session.close();
    }
  });

  test("[security] /api/auth/session reports a session revoked by the app's own sign-out as signed out", async ({ browser, baseURL, playwright }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signIn(page, ACCOUNTS.headIoe);
    const copy = await copyOf(playwright, baseURL!, { request: context.request, cookies: await context.storageState(), close: async () => {} });
    try {
      expect(await (await copy.get("/api/auth/session")).json()).toMatchObject({ user: { name: ACCOUNTS.headIoe.person } });
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      const answer = await copy.get("/api/auth/session");
      expect(answer.status()).toBe(200);
      expect(await answer.json()).toBeNull();
      expect(redirectsToSignIn(await getPage(copy, "/account"))).toBe(true);
    } finally {
      await copy.dispose();
      await context.close();
    }
  });

  test("[security] next-auth's other endpoints are not exposed", async ({ request }) => {
    for (const path of ["/api/auth/csrf", "/api/auth/providers", "/api/auth/signin", "/api/auth/signout", "/api/auth/error", "/api/auth/callback/credentials"]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), `GET ${path}`).toBe(404);
    }
    const post = await request.post("/api/auth/callback/credentials", {
      form: { email: ACCOUNTS.headLk.email, password: "demo-password-2013", csrfToken: "x" },
      maxRedirects: 0,
    });
    expect(post.status(), "no sign-in beside the form").toBe(404);
    expect(post.headers()["set-cookie"] ?? "").not.toContain("session-token=ey");
  });
});

test.describe("[security] calendar feeds end with the security events", () => {
  test("[security] a password change with sign-out everywhere revokes the feed", async ({ browser, baseURL, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const head = await signedIn(browser, baseURL!, ACCOUNTS.headLk.email);
    const secretariat = await signedIn(browser, baseURL!, ACCOUNTS.secretariat.email);
    try {
      const person = await invitedAndJoined(head.request, anonymous, baseURL!, "/delegation", await lkId(secretariat.request));
      const session = await signedIn(browser, baseURL!, person.email, PASSWORD);
      const feed = await openFeed(session.request, baseURL!, anonymous);
      const changed = await call(session.request, baseURL!, {
        page: "/account",
        action: ACCOUNT_ACTIONS.changePassword,
        args: [{}],
        fields: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      });
      expect(changed.result).toEqual({ done: true });
      expect((await getPage(anonymous, feed)).status, "after the password change").toBe(404);

      const second = await openFeed(session.request, baseURL!, anonymous);
      const out = await call(session.request, baseURL!, { page: "/account", action: ACCOUNT_ACTIONS.signOutEverywhere, args: [], fields: {} });
      expect(out.redirect).toContain("/sign-in");
      expect((await getPage(anonymous, second)).status, "after signing out everywhere").toBe(404);
      expect(redirectsToSignIn(await getPage(session.request, "/account"))).toBe(true);
      await session.close();
    } finally {
      await Promise.all([anonymous.dispose(), head.close(), secretariat.close()]);
    }
  });

  test("[security] deactivation revokes the feed; reactivation does not bring it back; so does a role change", async ({ browser, baseURL, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const head = await signedIn(browser, baseURL!, ACCOUNTS.headLk.email);
    const secretariat = await signedIn(browser, baseURL!, ACCOUNTS.secretariat.email);
    try {
      const lk = await lkId(secretariat.request);
      const idOf = async (email: string) => peopleRows((await getPage(head.request, "/delegation")).text).find((r) => r.email === email)!.id;

      const deactivated = await invitedAndJoined(head.request, anonymous, baseURL!, "/delegation", lk);
      const session = await signedIn(browser, baseURL!, deactivated.email, PASSWORD);
      const feed = await openFeed(session.request, baseURL!, anonymous);
      await session.close();
      const id = await idOf(deactivated.email);
      await call(head.request, baseURL!, { page: "/delegation", action: ACTIONS.setPersonActive, args: [id, false], fields: {} });
      expect((await getPage(anonymous, feed)).status, "after deactivation").toBe(404);
      await call(head.request, baseURL!, { page: "/delegation", action: ACTIONS.setPersonActive, args: [id, true], fields: {} });
      expect(peopleRows((await getPage(head.request, "/delegation")).text).find((r) => r.id === id)?.active, "setup: active again").toBe(true);
      expect((await getPage(anonymous, feed)).status, "after reactivation").toBe(404);

      const promoted = await invitedAndJoined(head.request, anonymous, baseURL!, "/delegation", lk);
      const promotedSession = await signedIn(browser, baseURL!, promoted.email, PASSWORD);
      const promotedFeed = await openFeed(promotedSession.request, baseURL!, anonymous);
      await call(head.request, baseURL!, { page: "/delegation", action: ACTIONS.changeRole, args: [await idOf(promoted.email)], fields: { role: "ADVISER" } });
      expect((await getPage(anonymous, promotedFeed)).status, "after a role change").toBe(404);
      await promotedSession.close();
    } finally {
      await Promise.all([anonymous.dispose(), head.close(), secretariat.close()]);
    }
  });

  test("[security] deactivating a delegation revokes its members' feeds for good", async ({ browser, baseURL, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const secretariat = await signedIn(browser, baseURL!, ACCOUNTS.secretariat.email);
    try {
      const name = `Feeds delegation ${random()}`;
      await call(secretariat.request, baseURL!, { page: "/admin/delegations", action: ACCOUNT_ACTIONS.saveDelegation, args: [null, {}], fields: { name, group: "WORKERS" } });
      const list = (await getPage(secretariat.request, "/admin/delegations")).text;
      const id = new RegExp(`href="/admin/delegations/([0-9a-f-]{36})">${name}<`).exec(list)?.[1];
      expect(id, "setup: the delegation exists").toBeTruthy();
      const person = await invitedAndJoined(secretariat.request, anonymous, baseURL!, `/admin/delegations/${id}`, id!);
      const session = await signedIn(browser, baseURL!, person.email, PASSWORD);
      const feed = await openFeed(session.request, baseURL!, anonymous);
      await session.close();
      await call(secretariat.request, baseURL!, { page: `/admin/delegations/${id}`, action: ACCOUNT_ACTIONS.setDelegationActive, args: [id, false], fields: {} });
      expect((await getPage(anonymous, feed)).status, "after the delegation's deactivation").toBe(404);
      await call(secretariat.request, baseURL!, { page: `/admin/delegations/${id}`, action: ACCOUNT_ACTIONS.setDelegationActive, args: [id, true], fields: {} });
      expect((await getPage(anonymous, feed)).status, "after its reactivation").toBe(404);
    } finally {
      await Promise.all([anonymous.dispose(), secretariat.close()]);
    }
  });
});

test("[security] a public note mentioning people shows an observer no mailto: and no address", async ({ browser, baseURL }) => {
  const author = await signedIn(browser, baseURL!, ACCOUNTS.delegateLk.email);
  const observer = await signedIn(browser, baseURL!, ACCOUNTS.observerIom.email);
  const colleague = await signedIn(browser, baseURL!, ACCOUNTS.delegatePh.email);
  try {
    const themePage = (await getPage(author.request, "/meetings/hld-2013/themes/RT2")).text;
    const themeId = /themeId=([0-9a-f-]{36})/.exec(themePage)?.[1];
    expect(themeId, "setup: the theme's id").toBeTruthy();
    const mark = `mentions ${random()}`;
    const created = await call(author.request, baseURL!, {
      page: "/meetings/hld-2013/themes/RT2",
      action: ACTIONS.createNote,
      args: [{ status: "idle", values: { body: "", tags: "", scope: "ALL" }, savedCount: 0 }],
      fields: { themeId: themeId!, body: `${mark}: thanks @[Maria Santos] and @[Elena Moreau].`, scope: "ALL", tags: "" },
    });
    const noteId = (created.result as { saved?: { id: string } } | undefined)?.saved?.id;
    expect(noteId, "setup: the note is saved").toBeTruthy();

    const page = await getPage(observer.request, `/meetings/hld-2013/themes/RT2/notes/${noteId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(mark);
    expect(page.text).not.toContain("mailto:");
    expect(page.text).not.toMatch(EMAIL);
    const maria = /href="\/people\/([^"]+)"[^>]*>@Maria Santos</.exec(page.text)?.[1];
    expect(maria, "the mention links to the person's page").toBeTruthy();

    // Maria is in another group than the observer: her page is not theirs to open.
    expect((await getPage(observer.request, `/people/${maria}`)).status).toBe(404);
    const own = await getPage(colleague.request, `/people/${maria}`);
    expect(own.status).toBe(200);
    expect(own.text).toContain(ACCOUNTS.delegatePh.email);
  } finally {
    await Promise.all([author.close(), observer.close(), colleague.close()]);
  }
});
