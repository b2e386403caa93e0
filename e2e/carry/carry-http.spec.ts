// Issue 15, "Tests that must exist": the authorisation cases of every carry operation
// over HTTP — carrying a group position, moving and copying an open action, copying a
// note, and the secretariat's theme links — for every demo role and group and each
// scope, posted to the app's own server actions exactly as the panel's buttons do
// (e2e/authz/support/server-actions.ts), bound arguments included, since a client may
// send any. Each case checks the answer (a redirect to what was carried, a refusal
// with its message, or "not found" answering exactly like a target that does not
// exist), that the viewer gets 404 for a source they may not see, and in the database
// that a refusal wrote nothing and a carry wrote exactly its rows and audit row.
//
// The world is planted over HTTP in two meetings of its own (a High-level Dialogue
// with one roundtable, a technical meeting with one theme per actor, each following
// the roundtable up, and one that follows nothing), so carries never collide. Each
// worker plants its own (beforeAll) and runs its cases one after the other, so no
// case depends on another and one failure hides none.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type PlaywrightWorkerArgs } from "@playwright/test";
import { queryDatabase as query } from "../support/database";
import { signIn } from "../support/sign-in";
import { DEMO_ACTORS, DEMO_EMAILS, type TActor } from "../../test/authz/matrix";
import { ACTIONS, actionIdOfferedBy, sentToSignIn, type TActionResponse } from "../authz/support/server-actions";
import { getPage, optionValue } from "../authz/support/pages";
import { callerFor, createAction, createNote, createTheme, movePosition, random, themeIdOf, type TCaller, type TContexts } from "../authz/support/plant";
import { carryEn } from "../../lib/i18n/messages/carry.en";

const ACTORS: TActor[] = ["anonymous", ...DEMO_ACTORS];
type TScope = "DELEGATION" | "GROUP" | "ALL";
type TExpected = "carried" | "refused" | "notFound" | "signIn";

type TWorld = {
  tag: string;
  hld: string;
  ttm: string;
  rt: string;
  rtId: string;
  /** The theme each actor carries into (all follow the roundtable up), and one that does not. */
  target: Record<TActor, string>;
  unlinked: string;
  unlinkedId: string;
  notes: Record<TScope, string>;
  /** Copied by everyone: one per scope. */
  copyActions: Record<"DELEGATION" | "GROUP", string>;
  /** Moved: a fresh one per allowed actor, one shared by those refused. */
  moveActions: Record<"DELEGATION" | "GROUP", Partial<Record<TActor, string>> & { shared: string }>;
  contexts: TContexts;
  call: TCaller;
};

let world: TWorld;

// ── Who sees what on the roundtable, and who may carry it (written from DESIGN.md
// and lib/follow-up/capabilities.ts, not read from the app).
const LK: TActor[] = ["headLk", "delegateLk", "adviserLk"];
const GOVERNMENT: TActor[] = [...LK, "delegatePh"];
const sees = {
  note: (scope: TScope, a: TActor) => (scope === "DELEGATION" ? LK : scope === "GROUP" ? GOVERNMENT : DEMO_ACTORS).includes(a),
  action: (scope: "DELEGATION" | "GROUP", a: TActor) => (scope === "DELEGATION" ? LK : GOVERNMENT).includes(a),
  governmentDraft: (a: TActor) => GOVERNMENT.includes(a),
};
/** The government's draft on the roundtable: its members carry it, except the adviser; the employers carry theirs. */
const POSITION: Record<TActor, TExpected> = {
  anonymous: "signIn",
  headLk: "carried",
  delegateLk: "carried",
  adviserLk: "refused",
  delegatePh: "carried",
  headIoe: "carried",
  headItuc: "notFound",
  observer: "notFound",
  secretariat: "notFound",
  deactivated: "signIn",
};
/** Sri Lanka's head created both actions, the DELEGATION one assigned to delegate.lk, the GROUP one to delegate.ph. */
const ACTION: Record<"DELEGATION" | "GROUP", Record<TActor, TExpected>> = {
  DELEGATION: { anonymous: "signIn", headLk: "carried", delegateLk: "carried", adviserLk: "refused", delegatePh: "notFound", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound", deactivated: "signIn" },
  GROUP: { anonymous: "signIn", headLk: "carried", delegateLk: "refused", adviserLk: "refused", delegatePh: "carried", headIoe: "notFound", headItuc: "notFound", observer: "notFound", secretariat: "notFound", deactivated: "signIn" },
};
/** Whoever sees the note and writes notes copies it; the secretariat writes none. */
const noteExpected = (scope: TScope, a: TActor): TExpected => (a === "anonymous" ? "signIn" : a === "secretariat" || !sees.note(scope, a) ? "notFound" : "carried");

// ── The database, read only, to prove what a request wrote (scoped to this world).
type TFootprint = Record<"positions" | "revisions" | "carries" | "notes" | "actions" | "events" | "audits" | "links", number>;
async function footprint(): Promise<TFootprint> {
  const [row] = await query<TFootprint>(
    `WITH ttm AS (SELECT t.id FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId" WHERE m.slug = $1),
          mine AS (SELECT t.id FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId" WHERE m.slug IN ($1, $2))
     SELECT
       (SELECT count(*) FROM "GroupPosition" WHERE "themeId" IN (SELECT id FROM ttm))::int AS positions,
       (SELECT count(*) FROM "PositionRevision" r JOIN "GroupPosition" p ON p.id = r."positionId" WHERE p."themeId" IN (SELECT id FROM ttm))::int AS revisions,
       (SELECT count(*) FROM "PositionCarry" c JOIN "GroupPosition" p ON p.id = c."targetPositionId" WHERE p."themeId" IN (SELECT id FROM ttm))::int AS carries,
       (SELECT count(*) FROM "Annotation" WHERE "themeId" IN (SELECT id FROM ttm))::int AS notes,
       (SELECT count(*) FROM "FollowUpAction" WHERE "themeId" IN (SELECT id FROM ttm))::int AS actions,
       (SELECT count(*) FROM "ActionEvent" e JOIN "FollowUpAction" f ON f.id = e."actionId" WHERE f."themeId" IN (SELECT id FROM mine))::int AS events,
       (SELECT count(*) FROM "AuditLog" WHERE action IN ('position.carry', 'action.carry', 'action.copy', 'annotation.carry', 'theme.links') AND summary::text LIKE $3)::int AS audits,
       (SELECT count(*) FROM "ThemeLink" WHERE "themeId" IN (SELECT id FROM ttm))::int AS links`,
    [world.ttm, world.hld, `%${world.tag}%`],
  );
  return row!;
}

// ── Planting the world over HTTP.
type TStorageState = Awaited<ReturnType<Awaited<ReturnType<Browser["newContext"]>>["storageState"]>>;

async function signedInContexts(browser: Browser, playwright: PlaywrightWorkerArgs["playwright"], baseURL: string): Promise<TContexts> {
  const contexts = {} as TContexts;
  // A cookie that names no session: the proxy lets it through, the actions must refuse it.
  const forged = { name: "authjs.session-token", value: "forged-not-a-session", domain: new URL(baseURL).hostname, path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const };
  contexts.anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [forged], origins: [] } });
  // One after the other: sign-in hashing is deliberately slow, and the machine is shared.
  for (const actor of DEMO_ACTORS) {
    const context = await browser.newContext({ baseURL });
    let state: TStorageState;
    try {
      await signIn(await context.newPage(), { email: DEMO_EMAILS[actor] });
      state = await context.storageState();
    } finally {
      await context.close();
    }
    contexts[actor] = await playwright.request.newContext({ baseURL, storageState: state });
  }
  return contexts;
}

async function createMeeting(call: TCaller, slug: string, kind: "HIGH_LEVEL_DIALOGUE" | "TECHNICAL_MEETING") {
  // In the past, so no home page or dashboard lists it as still ahead.
  const fields = { slug, kind, title: `Carry ${kind} ${slug}`, venue: "Geneva", startsOn: "2013-05-02", endsOn: "2013-05-03" };
  const created = await call("secretariat", { page: "/admin/meetings", action: ACTIONS.saveMeeting, args: [null, {}], fields });
  expect(created.redirect, `setup: meeting ${slug}`).toBe(`/admin/meetings/${slug}`);
}

/** The secretariat's theme-link form, posted as `actor`: the theme follows up `sourceIds`. */
const setLinks = (actor: TActor, slug: string, code: string, themeId: string, sourceIds: string[]) =>
  world.call(actor, {
    page: `/admin/meetings/${slug}/themes/${code}`,
    action: ACTIONS.themeLinks,
    args: [themeId, {}],
    fields: sourceIds.length > 0 ? { sourceThemeId: sourceIds[0]! } : {},
  });

const positionPath = (slug: string, code: string, group: "government" | "employers") => `/meetings/${slug}/themes/${code}/position/${group}`;

async function saveRoundtablePosition(actor: TActor, group: "government" | "employers", body: string) {
  const saved = await world.call(actor, {
    page: `${positionPath(world.hld, world.rt, group)}/edit`,
    action: ACTIONS.savePosition,
    args: [world.hld, world.rt, { attempt: 0, baseRevision: 0, body: "" }],
    fields: { body, baseRevision: "0" },
  });
  expect(saved.redirect, `setup: ${group} position`).toContain("?saved=1");
}

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  test.setTimeout(300_000);
  const tag = random();
  const contexts = await signedInContexts(browser, playwright, baseURL!);
  const call = callerFor(contexts, baseURL!);
  const hld = `carry-hld-${tag}`;
  const ttm = `carry-ttm-${tag}`;
  const code = (suffix: string) => `C${tag}-${suffix}`;
  world = { tag, hld, ttm, rt: code("RT"), contexts, call } as TWorld;

  await createMeeting(call, hld, "HIGH_LEVEL_DIALOGUE");
  await createMeeting(call, ttm, "TECHNICAL_MEETING");
  await createTheme(call, hld, world.rt);
  world.rtId = await themeIdOf(contexts.delegateLk, hld, world.rt);
  world.target = {} as TWorld["target"];
  for (const [i, actor] of ACTORS.entries()) {
    if (actor === "deactivated") continue;
    world.target[actor] = code(`T${i}`);
    await createTheme(call, ttm, world.target[actor]);
    const id = await themeIdOf(contexts.delegateLk, ttm, world.target[actor]);
    const linked = await setLinks("secretariat", ttm, world.target[actor], id, [world.rtId]);
    expect(linked.status, "setup: theme linked").toBe(200);
  }
  world.unlinked = code("NO");
  await createTheme(call, ttm, world.unlinked);
  world.unlinkedId = await themeIdOf(contexts.delegateLk, ttm, world.unlinked);

  // On the roundtable: the government's and the employers' drafts, delegate.lk's notes, Sri Lanka's actions.
  await saveRoundtablePosition("headLk", "government", `Government on the roundtable ${tag}`);
  await saveRoundtablePosition("headIoe", "employers", `Employers on the roundtable ${tag}`);
  world.notes = {} as TWorld["notes"];
  for (const scope of ["DELEGATION", "GROUP", "ALL"] as const) {
    const { id } = await createNote(call, hld, world.rt, world.rtId, scope, `${scope} note to carry ${tag}`);
    if (!id) throw new Error(`setup failed: ${scope} note`);
    world.notes[scope] = id;
  }
  const newAction = (await getPage(contexts.headLk, "/actions/new")).text;
  const assignee = { DELEGATION: optionValue(newAction, "assigneeId", "Anusha Fernando"), GROUP: optionValue(newAction, "assigneeId", "Maria Santos") };
  expect(assignee.DELEGATION && assignee.GROUP, "setup: assignees offered").toBeTruthy();
  const plantAction = (scope: "DELEGATION" | "GROUP", label: string) =>
    createAction(call, { title: `${label} ${scope} ${tag}`, scope, themeId: world.rtId, assigneeId: assignee[scope]!, dueOn: "2013-10-20" });
  world.copyActions = { DELEGATION: await plantAction("DELEGATION", "Copy"), GROUP: await plantAction("GROUP", "Copy") };
  world.moveActions = { DELEGATION: { shared: await plantAction("DELEGATION", "Move") }, GROUP: { shared: await plantAction("GROUP", "Move") } };
  for (const scope of ["DELEGATION", "GROUP"] as const) {
    for (const actor of ACTORS) if (ACTION[scope][actor] === "carried") world.moveActions[scope][actor] = await plantAction(scope, `Move by ${actor}`);
  }

  // The ids replayed below are those the panel's buttons and the admin form post to.
  const panel = themePage(world.target.delegateLk);
  for (const action of [ACTIONS.carryPosition, ACTIONS.moveAction, ACTIONS.copyAction, ACTIONS.copyNote]) await actionIdOfferedBy(contexts.delegateLk, panel, action);
  await actionIdOfferedBy(contexts.secretariat, `/admin/meetings/${ttm}/themes/${world.unlinked}`, ACTIONS.themeLinks);
});

test.afterAll(async () => {
  await Promise.all(Object.values(world?.contexts ?? {}).map((c) => c.dispose()));
});

// ── One case: post as the actor, compare with a target that does not exist, read back.
const answer = (r: TActionResponse) => JSON.stringify({ status: r.status, redirect: r.redirect, result: r.result });
const errorOf = (r: TActionResponse) => (r.result as { error?: string } | undefined)?.error;

type TCase = {
  actor: TActor;
  expected: TExpected;
  post: () => Promise<TActionResponse>;
  /** The same request naming a source that does not exist. */
  missing: () => Promise<TActionResponse>;
  refusal: string;
  again: string;
  redirect: RegExp;
  /** What a carry writes. */
  delta: Partial<TFootprint>;
  /** The source's own page, and whether the actor may see it. */
  source: { url: string; visible: boolean };
};

async function check(c: TCase) {
  const before = await footprint();
  const response = await c.post();
  switch (c.expected) {
    case "signIn":
      expect(sentToSignIn(response), "no session: sent to sign in").toBe(true);
      break;
    case "refused":
      expect(response.redirect).toBeNull();
      expect(errorOf(response)).toBe(c.refusal);
      break;
    case "notFound": {
      expect(response.redirect).toBeNull();
      expect(errorOf(response)).toBe(carryEn.errors.notFound);
      expect(answer(response), "the refusal reads exactly like a source that does not exist").toBe(answer(await c.missing()));
      break;
    }
    case "carried":
      expect(response.redirect, JSON.stringify(response.result)).toMatch(c.redirect);
      break;
  }
  const after = await footprint();
  const expectedAfter = { ...before };
  if (c.expected === "carried") for (const [k, v] of Object.entries(c.delta)) expectedAfter[k as keyof TFootprint] += v;
  expect(after, "exactly what the carry writes, and nothing on a refusal").toEqual(expectedAfter);

  if (c.expected === "carried") {
    // Carrying the same thing twice is refused with its message, nothing written.
    const again = await c.post();
    expect(again.redirect).toBeNull();
    expect(errorOf(again)).toBe(c.again);
    expect(await footprint()).toEqual(after);
  }
  // What the actor may not see answers 404 (without a session: the sign-in page).
  const page = await getPage(world.contexts[c.actor], c.source.url);
  if (c.actor === "anonymous") expect(page.location ?? "").toContain("/sign-in");
  else expect(page.status, `${c.actor} on ${c.source.url}`).toBe(c.source.visible ? 200 : 404);
}

const themePage = (code: string) => `/meetings/${world.ttm}/themes/${code}`;

test.describe("[carry] a group position, over HTTP", () => {
  for (const actor of ACTORS.filter((a) => a !== "deactivated")) {
    for (const linked of [true, false]) {
      const expected = actor === "anonymous" ? "signIn" : linked ? POSITION[actor] : "notFound";
      test(`[carry] position: ${actor} → ${linked ? "a theme following the roundtable up" : "a theme following nothing"}: ${expected}`, async () => {
        const target = linked ? world.target[actor] : world.unlinked;
        const post = (source: string) => () =>
          world.call(actor, { page: themePage(target), action: ACTIONS.carryPosition, args: [world.ttm, target, source, {}], fields: {} });
        const group = actor === "headIoe" ? "employers" : "government";
        await check({
          actor,
          expected,
          post: post(world.rt),
          missing: post(`C${world.tag}-ZZ`),
          refusal: carryEn.errors.refused,
          again: carryEn.errors.alreadyCarried,
          redirect: new RegExp(`^${positionPath(world.ttm, target, group)}\\?saved=1$`),
          delta: { positions: 1, revisions: 1, carries: 1, audits: 1 },
          source: { url: positionPath(world.hld, world.rt, "government"), visible: sees.governmentDraft(actor) },
        });
      });
    }
  }
});

test("[carry] position: into a theme where the group's position is DELIVERED: refused with a message, nothing written", async () => {
  // The adviser's theme has no carry yet: Sri Lanka's head writes, agrees and delivers a position there.
  const target = world.target.adviserLk;
  const saved = await world.call("headLk", {
    page: `${positionPath(world.ttm, target, "government")}/edit`,
    action: ACTIONS.savePosition,
    args: [world.ttm, target, { attempt: 0, baseRevision: 0, body: "" }],
    fields: { body: `Delivered at the technical meeting ${world.tag}`, baseRevision: "0" },
  });
  expect(saved.redirect).toContain("?saved=1");
  expect((await movePosition(world.call, "headLk", world.ttm, target, "AGREED", 1)).redirect).toBeTruthy();
  expect((await movePosition(world.call, "headLk", world.ttm, target, "DELIVERED", 2)).redirect).toBeTruthy();
  const before = await footprint();
  for (const actor of ["headLk", "delegateLk", "delegatePh"] as const) {
    const response = await world.call(actor, { page: themePage(target), action: ACTIONS.carryPosition, args: [world.ttm, target, world.rt, {}], fields: {} });
    expect(response.redirect).toBeNull();
    expect(errorOf(response)).toBe(carryEn.errors.locked.replace("{status}", "Delivered"));
  }
  expect(await footprint()).toEqual(before);
});

for (const how of ["move", "copy"] as const) {
  test.describe(`[carry] ${how} an open action, over HTTP`, () => {
    for (const scope of ["DELEGATION", "GROUP"] as const) {
      for (const actor of ACTORS.filter((a) => a !== "deactivated")) {
        const expected = ACTION[scope][actor];
        test(`[carry] ${how} a ${scope} action: ${actor}: ${expected}`, async () => {
          const id = how === "copy" ? world.copyActions[scope] : (world.moveActions[scope][actor] ?? world.moveActions[scope].shared);
          const target = world.target[actor];
          const post = (actionId: string) => () =>
            world.call(actor, { page: themePage(target), action: how === "move" ? ACTIONS.moveAction : ACTIONS.copyAction, args: [actionId, world.ttm, target, {}], fields: {} });
          await check({
            actor,
            expected,
            post: post(id),
            missing: post(randomUUID()),
            refusal: carryEn.errors.actionRefused,
            again: how === "move" ? carryEn.errors.actionAlreadyCarried : carryEn.errors.actionAlreadyCopied,
            redirect: how === "move" ? new RegExp(`^${themePage(target)}$`) : /^\/actions\/[0-9a-f-]{36}$/,
            delta: how === "move" ? { actions: 1, events: 1, audits: 1 } : { actions: 1, events: 2, audits: 1 },
            source: { url: `/actions/${id}`, visible: sees.action(scope, actor) },
          });
          // A copy to a theme that follows nothing up is not found, even for whoever may copy.
          if (expected === "carried" && how === "copy") {
            const unlinked = await world.call(actor, { page: themePage(world.unlinked), action: ACTIONS.copyAction, args: [id, world.ttm, world.unlinked, {}], fields: {} });
            expect(errorOf(unlinked)).toBe(carryEn.errors.notFound);
          }
        });
      }
    }
  });
}

test.describe("[carry] copy a note, over HTTP", () => {
  for (const scope of ["DELEGATION", "GROUP", "ALL"] as const) {
    for (const actor of ACTORS.filter((a) => a !== "deactivated")) {
      const expected = noteExpected(scope, actor);
      test(`[carry] copy a ${scope} note: ${actor}: ${expected}`, async () => {
        const target = world.target[actor];
        const post = (noteId: string) => () => world.call(actor, { page: themePage(target), action: ACTIONS.copyNote, args: [noteId, world.ttm, target, {}], fields: {} });
        await check({
          actor,
          expected,
          post: post(world.notes[scope]),
          missing: post(randomUUID()),
          refusal: "(no refusal: a note is copied by whoever may see it and write its scope)",
          again: carryEn.errors.noteAlreadyCarried,
          redirect: new RegExp(`^${themePage(target)}/notes/[0-9a-f-]{36}$`),
          delta: { notes: 1, audits: 1 },
          source: { url: `/meetings/${world.hld}/themes/${world.rt}/notes/${world.notes[scope]}`, visible: sees.note(scope, actor) },
        });
      });
    }
  }
});

test.describe("[carry] the secretariat's theme links, over HTTP", () => {
  for (const actor of ACTORS.filter((a) => a !== "deactivated")) {
    const allowed = actor === "secretariat";
    test(`[carry] link a theme to the roundtable: ${actor}: ${allowed ? "linked, audited, then removed" : "nothing changes"}`, async () => {
      const before = await footprint();
      const linked = await setLinks(actor, world.ttm, world.unlinked, world.unlinkedId, [world.rtId]);
      if (actor === "anonymous") expect(sentToSignIn(linked)).toBe(true);
      else expect(linked.result).toEqual(allowed ? { saved: 1 } : { error: carryEn.admin.notFound });
      const after = await footprint();
      expect(after).toEqual(allowed ? { ...before, links: before.links + 1, audits: before.audits + 1 } : before);
      if (!allowed) return;
      const removed = await setLinks(actor, world.ttm, world.unlinked, world.unlinkedId, []);
      expect(removed.status).toBe(200);
      expect(await footprint()).toEqual({ ...before, audits: before.audits + 2 });
      const audit = await query<{ summary: unknown }>(`SELECT summary FROM "AuditLog" WHERE action = 'theme.links' AND summary::text LIKE $1 ORDER BY id DESC LIMIT 2`, [`%${world.unlinked}%`]);
      expect(audit.map((a) => a.summary)).toEqual([
        { theme: world.unlinked, added: [], removed: [world.rt] },
        { theme: world.unlinked, added: [world.rt], removed: [] },
      ]);
    });
  }
});
