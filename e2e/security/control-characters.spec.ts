import { expect, request, test, type APIRequestContext, type Browser } from "@playwright/test";
import { signIn } from "../support/sign-in";
import { ACCOUNTS } from "../support/accounts";
import { ACTIONS, callAction, type TActionRef, type TActionResponse } from "../authz/support/server-actions";
import { getPage } from "../authz/support/pages";
import { positionPath, random, redirectOf, resultOf, themeIdOf } from "../authz/support/plant";

// Issue 10, finding 9: a NUL byte or another control character in any user-text field,
// posted straight to the server action behind the form (no browser to filter it), is
// refused with the shared message beside that field — never a 5xx, never a generic
// error — and what was typed comes back (passwords excepted: never echoed). One table
// of (page, action, field) rows; the setup plants one meeting of its own.

const MESSAGE = "validation.controlCharacters";
const PASSWORD = "a long passphrase for control characters";
const INPUTS = { nul: "before\u0000after", escape: "before\u001bafter" } as const;

type TActor = "secretariat" | "headLk" | "newcomer" | "anonymous";
type TState = Record<string, unknown> & { fieldErrors?: Record<string, string | undefined>; values?: Record<string, string> };
type TSetup = { slug: string; themeId: string; noteId: string; actionId: string; lkId: string; token: string };

type TRow = {
  form: string;
  actor: TActor;
  page: (s: TSetup) => string;
  action: TActionRef;
  args: (s: TSetup) => unknown[];
  /** Valid values for every field; the one under test is replaced. */
  fields: (s: TSetup) => Record<string, string>;
  tested: string[];
  /** The message shown beside `field` (each form keeps its own state shape). */
  errorOf?: (state: TState, field: string) => string | undefined;
  /** What the form gives back to show in `field` again; null: never echoed (passwords). */
  keptOf?: ((state: TState, field: string) => string | undefined) | null;
};

const fieldError = (state: TState, field: string) => state.fieldErrors?.[field];
const valueOf = (state: TState, field: string) => state.values?.[field];
const noteState = { status: "idle", values: { body: "", tags: "", scope: "DELEGATION" }, savedCount: 0 };
const SAVE_DELEGATION = { file: "lib/actions/admin-people.ts", name: "saveDelegationAction" };
const CHANGE_PASSWORD = { file: "lib/actions/account.ts", name: "changePasswordAction" };

const ROWS: TRow[] = [
  {
    form: "new meeting",
    actor: "secretariat",
    page: () => "/admin/meetings",
    action: ACTIONS.saveMeeting,
    args: () => [null, {}],
    fields: () => ({ slug: `ctl-${random()}`, kind: "REGIONAL_PREPARATORY", title: "Meeting", venue: "Geneva", startsOn: "2013-05-02", endsOn: "2013-05-03" }),
    tested: ["slug", "title", "venue", "startsOn", "endsOn"],
  },
  {
    form: "new theme",
    actor: "secretariat",
    page: (s) => `/admin/meetings/${s.slug}/themes/new`,
    action: ACTIONS.saveTheme,
    args: (s) => [{ meetingSlug: s.slug, themeId: null }, {}],
    fields: () => ({ code: `T${random().slice(0, 6)}`, title: "Theme", background: "First paragraph.\n\nSecond paragraph." }),
    tested: ["code", "title", "background"],
  },
  {
    form: "new delegation",
    actor: "secretariat",
    page: () => "/admin/delegations",
    action: SAVE_DELEGATION,
    args: () => [null, {}],
    fields: () => ({ name: `Delegation ${random()}`, group: "GOVERNMENT" }),
    tested: ["name"],
  },
  {
    form: "invitation",
    actor: "secretariat",
    page: (s) => `/admin/delegations/${s.lkId}`,
    action: ACTIONS.invitePerson,
    args: (s) => [s.lkId, {}],
    fields: () => ({ email: `ctl-${random()}@gov.demo`, name: "Invited person", role: "DELEGATE" }),
    tested: ["email", "name"],
  },
  {
    form: "accept invitation",
    actor: "anonymous",
    page: (s) => `/invitations/${s.token}`,
    action: ACTIONS.acceptInvitation,
    args: (s) => [s.token, {}],
    fields: () => ({ password: PASSWORD, confirm: PASSWORD }),
    tested: ["password"],
    keptOf: null,
  },
  {
    form: "change password",
    actor: "newcomer",
    page: () => "/account",
    action: CHANGE_PASSWORD,
    args: () => [{}],
    fields: () => ({ currentPassword: PASSWORD, newPassword: `${PASSWORD} again`, confirmPassword: `${PASSWORD} again` }),
    tested: ["newPassword"],
    keptOf: null,
  },
  {
    form: "new note",
    actor: "headLk",
    page: (s) => `/meetings/${s.slug}/themes/C1`,
    action: ACTIONS.createNote,
    args: () => [noteState],
    fields: (s) => ({ themeId: s.themeId, body: "A note", scope: "DELEGATION", tags: "labour" }),
    tested: ["body", "tags"],
  },
  {
    form: "edit note",
    actor: "headLk",
    page: (s) => `/meetings/${s.slug}/themes/C1/notes/${s.noteId}`,
    action: ACTIONS.editNote,
    args: () => [{ ...noteState, version: 1 }],
    fields: (s) => ({ annotationId: s.noteId, version: "1", body: "Edited", tags: "labour" }),
    tested: ["body", "tags"],
  },
  {
    form: "reply",
    actor: "headLk",
    page: (s) => `/meetings/${s.slug}/themes/C1/notes/${s.noteId}`,
    action: ACTIONS.reply,
    args: () => [noteState],
    fields: (s) => ({ annotationId: s.noteId, body: "A reply" }),
    tested: ["body"],
  },
  {
    form: "new action",
    actor: "headLk",
    page: () => "/actions/new",
    action: ACTIONS.createAction,
    args: () => [{ values: {} }],
    fields: () => ({ title: "An action", description: "What to do", scope: "DELEGATION", priority: "MEDIUM" }),
    tested: ["title", "description"],
  },
  {
    form: "edit action",
    actor: "headLk",
    page: (s) => `/actions/${s.actionId}/edit`,
    action: ACTIONS.updateAction,
    args: () => [{ values: {} }],
    fields: (s) => ({ id: s.actionId, version: "1", title: "An action", description: "What to do", priority: "MEDIUM" }),
    tested: ["title", "description"],
  },
  {
    form: "block action",
    actor: "headLk",
    page: (s) => `/actions/${s.actionId}`,
    action: ACTIONS.actionStatus,
    args: () => [{}],
    fields: (s) => ({ id: s.actionId, status: "BLOCKED", fromStatus: "OPEN", blockedReason: "Waiting" }),
    tested: ["blockedReason"],
  },
  {
    form: "action comment",
    actor: "headLk",
    page: (s) => `/actions/${s.actionId}`,
    action: ACTIONS.comment,
    args: () => [{}],
    fields: (s) => ({ actionId: s.actionId, body: "A comment" }),
    tested: ["body"],
  },
  {
    form: "position text",
    actor: "headLk",
    page: (s) => `${positionPath(s.slug, "C1")}/edit`,
    action: ACTIONS.savePosition,
    args: (s) => [s.slug, "C1", { attempt: 0, baseRevision: 0, body: "" }],
    fields: () => ({ body: "Our position", baseRevision: "0" }),
    tested: ["body"],
    errorOf: (state) => state.fieldError as string | undefined,
    keptOf: (state) => state.body as string | undefined,
  },
  {
    form: "stance",
    actor: "headLk",
    page: (s) => `/meetings/${s.slug}/themes/C1`,
    action: ACTIONS.setStance,
    args: (s) => [s.slug, "C1", { value: "", note: "" }],
    fields: () => ({ value: "SUPPORT", note: "Because" }),
    tested: ["note"],
    keptOf: (state, field) => state[field] as string | undefined,
  },
];

async function signedIn(browser: Browser, baseURL: string, email: string, password?: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, { email }, password);
  const storageState = await context.storageState();
  await context.close();
  return request.newContext({ baseURL, storageState });
}

test.describe.configure({ mode: "serial" });

test.describe("[security] control characters in user text", () => {
  const contexts = {} as Record<TActor, APIRequestContext>;
  let setup: TSetup;
  let baseURL: string;

  test.beforeAll(async ({ browser, playwright }, workerInfo) => {
    test.setTimeout(120_000);
    baseURL = workerInfo.project.use.baseURL!;
    contexts.secretariat = await signedIn(browser, baseURL, ACCOUNTS.secretariat.email);
    contexts.headLk = await signedIn(browser, baseURL, ACCOUNTS.headLk.email);
    contexts.anonymous = await playwright.request.newContext({ baseURL });
    const call = (actor: TActor, page: string, action: TActionRef, args: unknown[], fields: Record<string, string>) =>
      callAction(contexts[actor], baseURL, { page, action, args, fields });

    // A meeting and theme of this spec's own, a note, an action, two invitations.
    const slug = `ctl-${random()}`;
    redirectOf(await call("secretariat", "/admin/meetings", ACTIONS.saveMeeting, [null, {}], { slug, kind: "REGIONAL_PREPARATORY", title: `Control ${slug}`, venue: "", startsOn: "", endsOn: "" }), "meeting");
    redirectOf(await call("secretariat", `/admin/meetings/${slug}/themes/new`, ACTIONS.saveTheme, [{ meetingSlug: slug, themeId: null }, {}], { code: "C1", title: "Theme", background: "Some background." }), "theme");
    const themeId = await themeIdOf(contexts.headLk, slug, "C1");
    const note = resultOf<{ saved?: { id: string } }>(await call("headLk", `/meetings/${slug}/themes/C1`, ACTIONS.createNote, [noteState], { themeId, body: "Note", scope: "DELEGATION", tags: "" }), "note");
    const created = await call("headLk", "/actions/new", ACTIONS.createAction, [{ values: {} }], { title: `Control ${slug}`, description: "", scope: "DELEGATION", priority: "MEDIUM" });
    const actionId = /\/actions\/([0-9a-f-]{36})/.exec(redirectOf(created, "action"))?.[1];
    const lkId = /href="\/admin\/delegations\/([0-9a-f-]{36})">Government of Sri Lanka</.exec((await getPage(contexts.secretariat, "/admin/delegations")).text)?.[1];
    expect(note.saved?.id && actionId && lkId, "setup").toBeTruthy();
    const invite = async (label: string) => {
      const email = `ctl-${label}-${random()}@gov.demo`;
      const invited = resultOf<{ link?: string }>(await call("secretariat", `/admin/delegations/${lkId}`, ACTIONS.invitePerson, [lkId, {}], { email, name: `Control ${label}`, role: "DELEGATE" }), "invite");
      return { email, token: /\/invitations\/([A-Za-z0-9_-]+)/.exec(invited.link ?? "")![1]! };
    };
    const pending = await invite("pending");
    // The password change is tried on an account of its own, never on a shared demo account.
    const newcomer = await invite("newcomer");
    resultOf(await call("anonymous", `/invitations/${newcomer.token}`, ACTIONS.acceptInvitation, [newcomer.token, {}], { password: PASSWORD, confirm: PASSWORD }), "join");
    contexts.newcomer = await signedIn(browser, baseURL, newcomer.email, PASSWORD);
    setup = { slug, themeId, noteId: note.saved!.id, actionId: actionId!, lkId: lkId!, token: pending.token };
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(contexts).map((c) => c.dispose()));
  });

  for (const row of ROWS) {
    test(`[security] ${row.form}: ${row.tested.join(", ")} refuse control characters beside the field`, async () => {
      const outcomes: string[] = [];
      for (const field of row.tested) {
        for (const [name, input] of Object.entries(INPUTS)) {
          const fields = { ...row.fields(setup), [field]: input };
          const response: TActionResponse = await callAction(contexts[row.actor], baseURL, { page: row.page(setup), action: row.action, args: row.args(setup), fields });
          const state = (response.result ?? {}) as TState;
          const kept = row.keptOf === null ? input : (row.keptOf ?? valueOf)(state, field);
          outcomes.push(`${field}/${name}: HTTP ${response.status}, message ${(row.errorOf ?? fieldError)(state, field)}, kept ${kept === input}, redirect ${response.redirect}`);
        }
      }
      expect(outcomes).toEqual(
        row.tested.flatMap((field) => Object.keys(INPUTS).map((name) => `${field}/${name}: HTTP 200, message ${MESSAGE}, kept true, redirect null`)),
      );
    });
  }

  test("[security] filters read from the address ignore control characters instead of failing", async () => {
    const pages = [
      { actor: "secretariat" as const, url: "/admin/audit?actor=a%00b&entity=x%1bz" },
      { actor: "secretariat" as const, url: "/admin/audit/export?actor=a%00b&entity=x%1bz" },
      { actor: "headLk" as const, url: `/meetings/${setup.slug}/themes/C1?tag=a%00b` },
      { actor: "headLk" as const, url: "/actions?dueBefore=%00&theme=%00" },
    ];
    const statuses = [];
    for (const p of pages) statuses.push(`${p.url}: ${(await getPage(contexts[p.actor], p.url)).status}`);
    expect(statuses).toEqual(pages.map((p) => `${p.url}: 200`));
  });

  test("[security] a control character in the address answers 404, never a 500", async () => {
    const paths = [`/meetings/${setup.slug}%00`, `/meetings/${setup.slug}/themes/C1%1b`, `/actions/${setup.actionId}%00`, "/invitations/%00", "/api/calendar/%7f", "/actions/%C2%85"];
    const statuses = [];
    for (const path of paths) statuses.push(`${path}: ${(await getPage(contexts.headLk, path)).status}`);
    expect(statuses).toEqual(paths.map((path) => `${path}: 404`));
  });
});
