// The HTTP pass's world (test/authz/world-plan.ts), planted through the app itself:
// every actor signs in through the sign-in form, and everything else is written by
// posting to the app's server actions as the person who would write it. One world
// per Playwright worker, in a meeting of its own with unique names, so the suite can
// share the database with every other spec and run on two workers.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type PlaywrightWorkerArgs } from "@playwright/test";
import { signIn } from "../../support/sign-in";
import { DEMO_ACTORS, DEMO_EMAILS, makeCanaries, type TActor, type TCanaries } from "../../../test/authz/matrix";
import { ACTION_DUE_ON, THEMES, THEME_CODES, meetingInput, plantedTexts, type TThemeKey } from "../../../test/authz/world-plan";
import { ACTIONS, actionIdOfferedBy, callAction } from "./server-actions";
import { getPage, optionValue, peopleRows, personIdListed, unfoldICalendar } from "./pages";
import {
  PASSWORD,
  callerFor,
  createAction,
  createNote,
  createReply,
  createTheme,
  inviteIntoLk,
  plantPosition,
  random,
  redirectOf,
  resultOf,
  themeIdOf,
  type TContexts,
} from "./plant";

type TStorageState = Awaited<ReturnType<Awaited<ReturnType<Browser["newContext"]>>["storageState"]>>;

export type TWorld = {
  tag: string;
  slug: string;
  canaries: TCanaries;
  texts: ReturnType<typeof plantedTexts>;
  storage: Record<Exclude<TActor, "anonymous">, TStorageState>;
  themeIds: Record<TThemeKey, string>;
  notes: { DELEGATION: string; GROUP: string; ALL: string };
  replies: { DELEGATION: string; GROUP: string };
  actions: { DELEGATION: string; GROUP: string };
  userIds: { adviserLk: string; delegatePh: string; secretariat: string };
  lkId: string;
  invitee: { id: string; email: string };
  stanceDelegate: { id: string; name: string };
  deactivated: { id: string; email: string; name: string; feedUrl: string; actionTitle: string };
};

/** Signs in through the form in a fresh browser context and keeps its cookies. */
async function uiSignIn(browser: Browser, baseURL: string, email: string, password?: string): Promise<TStorageState> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await signIn(page, { email }, password);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

export async function contextsFor(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string, world: Pick<TWorld, "storage">): Promise<TContexts> {
  const contexts = {} as TContexts;
  // Anonymous carries a session cookie that names no session: the proxy lets it
  // through, so pages, actions and route handlers must refuse it themselves.
  const forged = { name: "authjs.session-token", value: "forged-not-a-session", domain: new URL(baseURL).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const };
  contexts.anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [forged], origins: [] } });
  for (const actor of Object.keys(world.storage) as Exclude<TActor, "anonymous">[]) {
    contexts[actor] = await playwright.request.newContext({ baseURL, storageState: world.storage[actor] });
  }
  return contexts;
}

export async function buildWorld(browser: Browser, playwright: PlaywrightWorkerArgs["playwright"], baseURL: string): Promise<TWorld> {
  const tag = random();
  const slug = `authz-${tag}`;
  const canaries = makeCanaries(random);
  const texts = plantedTexts(canaries);
  const storage = {} as TWorld["storage"];
  for (const actor of DEMO_ACTORS) storage[actor] = await uiSignIn(browser, baseURL, DEMO_EMAILS[actor]);
  const contexts = await contextsFor(playwright, baseURL, { storage });
  const call = callerFor(contexts, baseURL);
  try {
    // The meeting and its themes, by the secretariat, through the forms' own actions.
    const saveMeeting = await actionIdOfferedBy(contexts.secretariat, "/admin/meetings", ACTIONS.saveMeeting);
    const meeting = meetingInput(slug);
    const created = await call("secretariat", {
      page: "/admin/meetings",
      action: ACTIONS.saveMeeting,
      id: saveMeeting,
      args: [null, {}],
      fields: { ...meeting },
    });
    expect(created.redirect, "setup: the meeting is created").toBe(`/admin/meetings/${slug}`);
    for (const code of THEME_CODES) await createTheme(call, slug, code);
    const themeIds = {} as TWorld["themeIds"];
    for (const [key, code] of Object.entries(THEMES) as [TThemeKey, string][]) themeIds[key] = await themeIdOf(contexts.delegateLk, slug, code);

    // Notes by delegate.lk, replies by adviser.lk and delegate.ph.
    const note = async (scope: "DELEGATION" | "GROUP" | "ALL", key: TThemeKey, body: string) => {
      const { id, response } = await createNote(call, slug, THEMES[key], themeIds[key], scope, body);
      if (!id) throw new Error(`setup failed: note ${scope}: ${JSON.stringify(response.result)}`);
      return id;
    };
    const notes = {
      DELEGATION: await note("DELEGATION", "noteDelegation", texts.noteDelegation),
      GROUP: await note("GROUP", "noteGroup", texts.noteGroup),
      ALL: await note("ALL", "noteAll", texts.noteAll),
    };
    const replies = {
      DELEGATION: await createReply(contexts, call, slug, "DELEGATION", notes.DELEGATION, "adviserLk", texts.replyDelegation),
      GROUP: await createReply(contexts, call, slug, "GROUP", notes.GROUP, "delegatePh", texts.replyGroup),
    };

    // Actions by Sri Lanka's head, assigned to adviser.lk and delegate.ph, with comments.
    const newActionPage = (await getPage(contexts.headLk, "/actions/new")).text;
    const userIds = {
      adviserLk: optionValue(newActionPage, "assigneeId", "Ruwan de Silva")!,
      delegatePh: optionValue(newActionPage, "assigneeId", "Maria Santos")!,
      // The secretariat has no delegation to be assigned from: its id is read from the
      // people directory, which lists every officer.
      secretariat: personIdListed((await getPage(contexts.secretariat, "/people")).text, "Elena Moreau")!,
    };
    expect(userIds.adviserLk && userIds.delegatePh && userIds.secretariat, "setup: assignees offered, the officer listed").toBeTruthy();
    const common = { themeId: themeIds.writes, dueOn: ACTION_DUE_ON };
    const actions = {
      DELEGATION: await createAction(call, { ...common, ...texts.actionDelegation, scope: "DELEGATION", assigneeId: userIds.adviserLk }),
      GROUP: await createAction(call, { ...common, ...texts.actionGroup, scope: "GROUP", assigneeId: userIds.delegatePh }),
    };
    for (const [actor, id, body] of [["delegateLk", actions.DELEGATION, texts.actionDelegationComment], ["delegatePh", actions.GROUP, texts.actionGroupComment]] as const) {
      const commented = resultOf<{ ok?: boolean }>(await call(actor, { page: `/actions/${id}`, action: ACTIONS.comment, args: [{}], fields: { actionId: id, body } }), "comment");
      if (!commented.ok) throw new Error(`setup failed: comment ${JSON.stringify(commented)}`);
    }

    // The GOVERNMENT positions and Sri Lanka's stances.
    await plantPosition(call, slug, THEMES.draft, [texts.positionDraft], "DRAFT");
    await plantPosition(call, slug, THEMES.agreed, [texts.positionAgreed], "AGREED");
    await plantPosition(call, slug, THEMES.delivered, [texts.positionDeliveredHistory, texts.positionDelivered], "DELIVERED");
    for (const [code, note] of [[THEMES.draft, texts.stanceDraft], [THEMES.delivered, texts.stanceDelivered]] as const) {
      const set = resultOf<{ savedCount?: number }>(
        await call("headLk", { page: `/meetings/${slug}/themes/${code}`, action: ACTIONS.setStance, args: [slug, code, { value: "", note: "" }], fields: { value: "OPPOSE", note } }),
        "stance",
      );
      if (!set.savedCount) throw new Error(`setup failed: stance ${JSON.stringify(set)}`);
    }

    // An action created and deleted by the head: its title stays in the audit log only.
    const doomed = await createAction(call, { title: texts.auditDelegation, scope: "DELEGATION" });
    redirectOf(await call("headLk", { page: `/actions/${doomed}`, action: ACTIONS.deleteAction, args: [{}], fields: { id: doomed } }), "delete audit action");

    // People of Sri Lanka: an invitee who has not joined, a delegate whose stance
    // permission is at stake, and the person who will be deactivated.
    const secretariatDelegations = (await getPage(contexts.secretariat, "/admin/delegations")).text;
    const lkId = /href="\/admin\/delegations\/([0-9a-f-]{36})">Government of Sri Lanka</.exec(secretariatDelegations)?.[1];
    if (!lkId) throw new Error("setup failed: Sri Lanka's id");
    const invitee = await inviteIntoLk(contexts, call, lkId, "invitee", false);
    const stanceDelegate = await inviteIntoLk(contexts, call, lkId, "stance", true);
    const deactivatedPerson = await inviteIntoLk(contexts, call, lkId, "deactivated", true);

    // The deactivated actor signs in, is assigned an action and opens a calendar feed
    // while active — all of which must stop working once deactivated.
    storage.deactivated = await uiSignIn(browser, baseURL, deactivatedPerson.email, PASSWORD);
    const deactivatedCtx = await playwright.request.newContext({ baseURL, storageState: storage.deactivated });
    const actionTitle = `Task of the deactivated ${canaries.actionDelegation}`;
    const assigneeId = optionValue((await getPage(contexts.headLk, "/actions/new")).text, "assigneeId", deactivatedPerson.name);
    await createAction(call, { title: actionTitle, scope: "DELEGATION", assigneeId: assigneeId ?? "", dueOn: ACTION_DUE_ON });
    const feed = resultOf<{ url?: string }>(await callAction(deactivatedCtx, baseURL, { page: "/actions/calendar", action: ACTIONS.issueFeed, args: [{}], fields: {} }), "feed");
    const feedUrl = new URL(feed.url ?? "", baseURL).pathname;
    const before = await getPage(deactivatedCtx, feedUrl);
    expect(unfoldICalendar(before.text), "setup: while active, the feed lists the task").toContain(actionTitle);
    await deactivatedCtx.dispose();
    await call("headLk", { page: "/delegation", action: ACTIONS.setPersonActive, args: [deactivatedPerson.id, false], fields: {} });
    const row = peopleRows((await getPage(contexts.headLk, "/delegation")).text).find((r) => r.id === deactivatedPerson.id);
    expect(row?.active, "setup: the person is deactivated").toBe(false);

    return {
      tag,
      slug,
      canaries,
      texts,
      storage,
      themeIds,
      notes,
      replies,
      actions,
      userIds,
      lkId,
      invitee: { id: invitee.id, email: invitee.email },
      stanceDelegate: { id: stanceDelegate.id, name: stanceDelegate.name },
      deactivated: { id: deactivatedPerson.id, email: deactivatedPerson.email, name: deactivatedPerson.name, feedUrl, actionTitle },
    };
  } finally {
    await Promise.all(Object.values(contexts).map((c) => c.dispose()));
  }
}

/**
 * The world of this worker: built once, and kept in the run's output folder so a
 * worker that Playwright replaces after a failed test picks it up again instead of
 * planting another one. (Playwright empties that folder at the start of every run.)
 */
export async function worldForWorker(
  browser: Browser,
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  outputDir: string,
  parallelIndex: number,
): Promise<TWorld> {
  const file = path.join(outputDir, `authz-world-${parallelIndex}.json`);
  const failed = `${file}.failed`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as TWorld;
  // A world that could not be planted fails every test at once, not once per test.
  if (existsSync(failed)) throw new Error(`the authz world could not be planted: ${readFileSync(failed, "utf8")}`);
  mkdirSync(outputDir, { recursive: true });
  try {
    const world = await buildWorld(browser, playwright, baseURL);
    writeFileSync(file, JSON.stringify(world));
    return world;
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}
