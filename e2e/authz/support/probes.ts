// How the HTTP pass checks one cell: a probe per (resource, operation) does what the
// actor's browser could do — GET the page, the RSC payload or the export, or replay a
// form's POST to its server action — and then reads the outcome back as someone who
// may see it (the note's author, Sri Lanka's head). It reports whether the operation
// happened, whether a refusal reads exactly like a target that does not exist, and
// everything the actor received, for the canary search.
//
// Writes by allowed actors act on fresh targets; refused ones share one target per
// operation (a refusal changes nothing, which is what the probe checks).
import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import type { TActor, TExpected, TOperation, TResource } from "../../../test/authz/matrix";
import { ACTION_DUE_ON, THEMES } from "../../../test/authz/world-plan";
import { ACTIONS, type TActionCall, type TActionResponse } from "./server-actions";
import { answersNotFound, auditLogText, getPage, getRsc, hiddenInForm, inputValue, matrixGovernmentCell, peopleRows, themeNoteCount, type TPage } from "./pages";
import {
  createAction,
  createNote,
  createReply,
  createTheme,
  inviteIntoLk,
  movePosition,
  notePath,
  plantPosition,
  positionPath,
  positionRevision,
  savePosition,
  uniqueText,
  type TCaller,
  type TContexts,
} from "./plant";
import type { TWorld } from "./world";
import { ACCOUNTS } from "../../support/accounts";

export type TEnv = { world: TWorld; contexts: TContexts; call: TCaller; shared: Map<string, Promise<unknown>> };

export type THttpObservation = {
  done: boolean;
  sameAsMissing?: boolean;
  /** Every response body the actor received. */
  seen: string[];
};

type TProbe = (env: TEnv, actor: TActor, expected: TExpected) => Promise<THttpObservation>;

/** What an action answered, without the page it re-rendered: compared with the answer for a missing target. */
const answer = (r: TActionResponse) => JSON.stringify({ status: r.status, redirect: r.redirect, result: r.result });

/** The same answer, once the ids the person typed (echoed back in the form's values) are set aside. */
const sameAnswer = (real: TActionResponse, missing: TActionResponse, realId: string, missingId: string) =>
  answer(real).replaceAll(realId, "<id>") === answer(missing).replaceAll(missingId, "<id>");
const pageAnswer = (p: TPage) => JSON.stringify({ status: p.status, location: p.location?.replace(/\?.*$/, "") ?? null });

/** One shared target per key, made on first use (refused cells only). */
function sharedTarget<T>(env: TEnv, key: string, make: () => Promise<T>): Promise<T> {
  if (!env.shared.has(key)) env.shared.set(key, make());
  return env.shared.get(key) as Promise<T>;
}

async function readPage(env: TEnv, actor: TActor, url: string) {
  const page = await getPage(env.contexts[actor], url);
  return page;
}

// ── Theme

const themeProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (env, actor) => {
    const { slug } = env.world;
    const page = await readPage(env, actor, `/meetings/${slug}/themes/${THEMES.read}`);
    const missing = await readPage(env, actor, `/meetings/${slug}/themes/AZ-NOPE`);
    return { done: page.status === 200 && page.text.includes(`Theme ${THEMES.read}`), sameAsMissing: pageAnswer(page) === pageAnswer(missing), seen: [page.text, missing.text] };
  },
  list: async (env, actor) => {
    const page = await readPage(env, actor, `/meetings/${env.world.slug}`);
    const missing = await readPage(env, actor, `/meetings/authz-nope-${randomUUID().slice(0, 8)}`);
    const listed = page.status === 200 && page.text.includes(`href="/meetings/${env.world.slug}/themes/${THEMES.read}"`);
    return { done: listed, sameAsMissing: pageAnswer(page) === pageAnswer(missing), seen: [page.text, missing.text] };
  },
  annotate: async (env, actor) => {
    const { slug, themeIds } = env.world;
    const body = uniqueText("matrix public note");
    const made = await createNote(env.call, slug, THEMES.annotate, themeIds.annotate, "ALL", body, actor);
    const missing = await createNote(env.call, slug, THEMES.annotate, randomUUID(), "ALL", body, actor);
    const check = await readPage(env, "delegateLk", `/meetings/${slug}/themes/${THEMES.annotate}`);
    return { done: check.text.includes(body), sameAsMissing: answer(made.response) === answer(missing.response), seen: [made.response.text, missing.response.text] };
  },
};

// ── Notes and replies

type TScope = "DELEGATION" | "GROUP" | "ALL";
const NOTE_THEME = { DELEGATION: THEMES.noteDelegation, GROUP: THEMES.noteGroup, ALL: THEMES.noteAll } as const;
const NOTE_CANARY = { DELEGATION: "noteDelegation", GROUP: "noteGroup", ALL: "noteAll" } as const;

async function freshNote(env: TEnv, scope: TScope) {
  const { id } = await createNote(env.call, env.world.slug, THEMES.writes, env.world.themeIds.writes, scope, uniqueText("target note"));
  if (!id) throw new Error("could not create a target note");
  return id;
}

/** A note to act on: fresh for an allowed actor, shared by the refused ones. */
function noteTarget(env: TEnv, scope: TScope, operation: string, expected: TExpected) {
  return expected === "allowed" ? freshNote(env, scope) : sharedTarget(env, `note.${scope}.${operation}`, () => freshNote(env, scope));
}

const noteButton = (env: TEnv, noteId: string) => notePath(env.world.slug, THEMES.writes, noteId);

function noteProbes(scope: TScope): Partial<Record<TOperation, TProbe>> {
  const buttonState = [{ done: 0 }];
  const formState = [{ status: "idle", values: { body: "", tags: "", scope: "" }, savedCount: 0 }];
  /** Posts a one-button note action to a note (real, then missing) as `actor`. */
  const postTwice = async (env: TEnv, actor: TActor, noteId: string, call: Omit<TActionCall, "page" | "fields">, fields: Record<string, string>) => {
    const page = noteButton(env, noteId);
    const real = await env.call(actor, { ...call, page, fields: { ...fields, annotationId: noteId } });
    const missing = await env.call(actor, { ...call, page, fields: { ...fields, annotationId: randomUUID() } });
    return { real, missing, sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
  };
  return {
    read: async (env, actor) => {
      const { slug, notes, canaries } = env.world;
      const page = await readPage(env, actor, notePath(slug, NOTE_THEME[scope], notes[scope]));
      const rsc = await getRsc(env.contexts[actor], notePath(slug, NOTE_THEME[scope], notes[scope]));
      const missing = await readPage(env, actor, notePath(slug, NOTE_THEME[scope], randomUUID()));
      const done = page.status === 200 && page.text.includes(canaries[NOTE_CANARY[scope]]);
      return { done, sameAsMissing: pageAnswer(page) === pageAnswer(missing) && (done || answersNotFound(page)), seen: [page.text, rsc.text, missing.text] };
    },
    list: async (env, actor) => {
      const page = await readPage(env, actor, `/meetings/${env.world.slug}/themes/${NOTE_THEME[scope]}`);
      return { done: page.status === 200 && page.text.includes(env.world.canaries[NOTE_CANARY[scope]]), seen: [page.text] };
    },
    count: async (env, actor) => {
      const page = await readPage(env, actor, `/meetings/${env.world.slug}`);
      if (page.status !== 200) return { done: false, seen: [page.text] };
      const count = themeNoteCount(page.text, env.world.slug, NOTE_THEME[scope]);
      if (count !== "" && count !== "1 note") throw new Error(`expected at most the one planted note, the meeting page says ${count}`);
      return { done: count === "1 note", seen: [page.text] };
    },
    reply: async (env, actor) => {
      const { slug, notes } = env.world;
      const page = notePath(slug, NOTE_THEME[scope], notes[scope]);
      const body = uniqueText("matrix reply");
      const real = await env.call(actor, { page, action: ACTIONS.reply, args: formState, fields: { annotationId: notes[scope], body } });
      const missing = await env.call(actor, { page, action: ACTIONS.reply, args: formState, fields: { annotationId: randomUUID(), body } });
      const check = await readPage(env, "delegateLk", page);
      return { done: check.text.includes(body), sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
    },
    edit: async (env, actor, expected) => {
      const id = await noteTarget(env, scope, "edit", expected);
      const body = uniqueText("edited note");
      const posted = await postTwice(env, actor, id, { action: ACTIONS.editNote, args: formState }, { version: "1", body, tags: "" });
      const check = await readPage(env, "delegateLk", noteButton(env, id));
      return { done: check.text.includes(body), sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
    delete: async (env, actor, expected) => {
      const id = await noteTarget(env, scope, "delete", expected);
      const posted = await postTwice(env, actor, id, { action: ACTIONS.deleteNote, args: buttonState }, {});
      const check = await readPage(env, "delegateLk", noteButton(env, id));
      return { done: check.status === 404, sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
    resolve: async (env, actor, expected) => {
      const id = await noteTarget(env, scope, "resolve", expected);
      const posted = await postTwice(env, actor, id, { action: ACTIONS.resolveNote, args: buttonState }, { resolved: "true" });
      const check = await readPage(env, "delegateLk", noteButton(env, id));
      // Once resolved, the author's page offers to reopen it.
      return { done: hiddenInForm(check.text, "resolved", { name: "annotationId", value: id }) === "false", sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
    hide: async (env, actor, expected) => {
      const id = await noteTarget(env, scope, "hide", expected);
      const posted = await postTwice(env, actor, id, { action: ACTIONS.hideNote, args: buttonState }, { hidden: "true" });
      // A hidden note is gone for everyone but the secretariat.
      const check = await readPage(env, "delegateLk", noteButton(env, id));
      return { done: check.status === 404, sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
  };
}

const REPLY_AUTHOR = { DELEGATION: "adviserLk", GROUP: "delegatePh" } as const;

function replyProbes(scope: "DELEGATION" | "GROUP"): Partial<Record<TOperation, TProbe>> {
  const canary = scope === "DELEGATION" ? "replyDelegation" : "replyGroup";
  const formState = [{ status: "idle", values: { body: "", tags: "", scope: "" }, savedCount: 0 }];
  const thread = (env: TEnv) => notePath(env.world.slug, NOTE_THEME[scope], env.world.notes[scope]);
  const target = async (env: TEnv, operation: string, expected: TExpected) => {
    const make = async () => {
      const body = uniqueText("target reply");
      return { body, id: await createReply(env.contexts, env.call, env.world.slug, scope, env.world.notes[scope], REPLY_AUTHOR[scope], body) };
    };
    return expected === "allowed" ? make() : sharedTarget(env, `reply.${scope}.${operation}`, make);
  };
  return {
    read: async (env, actor) => {
      const page = await readPage(env, actor, thread(env));
      return { done: page.status === 200 && page.text.includes(env.world.canaries[canary]), seen: [page.text] };
    },
    edit: async (env, actor, expected) => {
      const reply = await target(env, "edit", expected);
      const body = uniqueText("edited reply");
      const real = await env.call(actor, { page: thread(env), action: ACTIONS.editReply, args: formState, fields: { replyId: reply.id, version: "1", body } });
      const missing = await env.call(actor, { page: thread(env), action: ACTIONS.editReply, args: formState, fields: { replyId: randomUUID(), version: "1", body } });
      const check = await readPage(env, REPLY_AUTHOR[scope], thread(env));
      return { done: check.text.includes(body), sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
    },
    delete: async (env, actor, expected) => {
      const reply = await target(env, "delete", expected);
      const real = await env.call(actor, { page: thread(env), action: ACTIONS.deleteReply, args: [{ done: 0 }], fields: { replyId: reply.id } });
      const missing = await env.call(actor, { page: thread(env), action: ACTIONS.deleteReply, args: [{ done: 0 }], fields: { replyId: randomUUID() } });
      const check = await readPage(env, REPLY_AUTHOR[scope], thread(env));
      return { done: !check.text.includes(reply.body), sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
    },
  };
}

// ── Follow-up actions

const ASSIGNEE = { DELEGATION: "adviserLk", GROUP: "delegatePh" } as const;

function actionProbes(scope: "DELEGATION" | "GROUP"): Partial<Record<TOperation, TProbe>> {
  const [titleCanary, descriptionCanary] = scope === "DELEGATION" ? (["actionDelegation", "actionDelegationDescription"] as const) : (["actionGroup", "actionGroupDescription"] as const);
  const listQuery = (env: TEnv) => `assignee=any&status=all&theme=${env.world.themeIds.writes}`;
  const fresh = (env: TEnv) =>
    createAction(env.call, { title: uniqueText("target action"), scope, assigneeId: env.world.userIds[ASSIGNEE[scope]], themeId: env.world.themeIds.writes, dueOn: ACTION_DUE_ON });
  const target = (env: TEnv, operation: string, expected: TExpected) => (expected === "allowed" ? fresh(env) : sharedTarget(env, `action.${scope}.${operation}`, () => fresh(env)));
  /** Posts to the action (real, then missing) as `actor`. */
  const postTwice = async (env: TEnv, actor: TActor, id: string, call: Omit<TActionCall, "fields" | "page">, fields: (id: string) => Record<string, string>) => {
    const real = await env.call(actor, { ...call, page: `/actions/${id}`, fields: fields(id) });
    const missingId = randomUUID();
    const missing = await env.call(actor, { ...call, page: `/actions/${missingId}`, fields: fields(missingId) });
    return { real, sameAsMissing: sameAnswer(real, missing, id, missingId), seen: [real.text, missing.text] };
  };
  return {
    read: async (env, actor) => {
      const url = `/actions/${env.world.actions[scope]}`;
      const page = await readPage(env, actor, url);
      const rsc = await getRsc(env.contexts[actor], url);
      const missing = await readPage(env, actor, `/actions/${randomUUID()}`);
      const done = page.status === 200 && page.text.includes(env.world.canaries[descriptionCanary]);
      return { done, sameAsMissing: pageAnswer(page) === pageAnswer(missing) && (done || answersNotFound(page)), seen: [page.text, rsc.text, missing.text] };
    },
    list: async (env, actor) => {
      const page = await readPage(env, actor, `/actions?${listQuery(env)}`);
      return { done: page.status === 200 && page.text.includes(env.world.canaries[titleCanary]), seen: [page.text] };
    },
    export: async (env, actor) => {
      const page = await readPage(env, actor, `/actions/export?${listQuery(env)}`);
      return { done: page.status === 200 && page.text.includes(env.world.canaries[titleCanary]), seen: [page.text] };
    },
    edit: async (env, actor, expected) => {
      const id = await target(env, "edit", expected);
      const title = uniqueText("edited action");
      const fields = (target: string) => ({
        id: target,
        version: "1",
        title,
        description: "",
        priority: "MEDIUM",
        assigneeId: env.world.userIds[ASSIGNEE[scope]],
        themeId: env.world.themeIds.writes,
        meetingId: "",
        dueOn: ACTION_DUE_ON,
      });
      const posted = await postTwice(env, actor, id, { action: ACTIONS.updateAction, args: [{ values: {} }] }, fields);
      const check = await readPage(env, "headLk", `/actions/${id}`);
      return { done: check.text.includes(title), sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
    status: async (env, actor, expected) => {
      const id = await target(env, "status", expected);
      const fields = (target: string) => ({ id: target, status: "IN_PROGRESS", fromStatus: "OPEN", blockedReason: "" });
      const posted = await postTwice(env, actor, id, { action: ACTIONS.actionStatus, args: [{}] }, fields);
      const check = await readPage(env, "headLk", `/actions/${id}`);
      return { done: inputValue(check.text, "fromStatus") === "IN_PROGRESS", sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
    comment: async (env, actor) => {
      const id = env.world.actions[scope];
      const body = uniqueText("matrix comment");
      const posted = await postTwice(env, actor, id, { action: ACTIONS.comment, args: [{}] }, (target) => ({ actionId: target, body }));
      const check = await readPage(env, "headLk", `/actions/${id}`);
      return { done: check.text.includes(body), sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
    delete: async (env, actor, expected) => {
      const id = await target(env, "delete", expected);
      const posted = await postTwice(env, actor, id, { action: ACTIONS.deleteAction, args: [{}] }, (target) => ({ id: target }));
      const check = await readPage(env, "headLk", `/actions/${id}`);
      return { done: check.status === 404, sameAsMissing: posted.sameAsMissing, seen: posted.seen };
    },
  };
}

// ── Group positions and stances

type TStatus = "DRAFT" | "AGREED" | "DELIVERED";
const POSITION_THEME = { DRAFT: THEMES.draft, AGREED: THEMES.agreed, DELIVERED: THEMES.delivered } as const;
const CURRENT_CANARY = { DRAFT: "positionDraft", AGREED: "positionAgreed", DELIVERED: "positionDelivered" } as const;
const FIRST_CANARY = { DRAFT: "positionDraft", AGREED: "positionAgreed", DELIVERED: "positionDeliveredHistory" } as const;
const STATUS_LABEL = { DRAFT: "Draft", AGREED: "Agreed", DELIVERED: "Delivered" } as const;

/** A theme of its own whose GOVERNMENT position is at `status`. */
async function freshPosition(env: TEnv, status: "DRAFT" | "AGREED") {
  const code = `X-${randomUUID().slice(0, 8)}`;
  await createTheme(env.call, env.world.slug, code);
  const revision = await plantPosition(env.call, env.world.slug, code, [uniqueText("target position")], status);
  return { code, revision };
}

async function governmentCell(env: TEnv, actor: TActor, code: string) {
  const page = await readPage(env, actor, `/meetings/${env.world.slug}/positions`);
  return { page, cell: page.status === 200 ? matrixGovernmentCell(page.text, code) : null };
}

/** The "Agreed by" list and revision of a position page, as Sri Lanka's head sees it. */
async function agreementState(env: TEnv, code: string) {
  const page = await readPage(env, "headLk", positionPath(env.world.slug, code));
  const at = page.text.indexOf('id="agreements-heading"');
  return `${at < 0 ? "" : page.text.slice(at, page.text.indexOf("</section>", at))}|${await positionRevision(env.contexts, env.world.slug, code)}`;
}

function positionProbes(status: TStatus): Partial<Record<TOperation, TProbe>> {
  const code = POSITION_THEME[status];
  return {
    read: async (env, actor) => {
      const url = positionPath(env.world.slug, code);
      const page = await readPage(env, actor, url);
      const rsc = await getRsc(env.contexts[actor], url);
      const missing = await readPage(env, actor, positionPath(env.world.slug, "AZ-NOPE"));
      const done = page.status === 200 && page.text.includes(env.world.canaries[CURRENT_CANARY[status]]);
      return { done, sameAsMissing: pageAnswer(page) === pageAnswer(missing) && (done || answersNotFound(page)), seen: [page.text, rsc.text, missing.text] };
    },
    history: async (env, actor) => {
      const url = `${positionPath(env.world.slug, code)}/history?from=0&to=1`;
      const page = await readPage(env, actor, url);
      const rsc = await getRsc(env.contexts[actor], url);
      const missing = await readPage(env, actor, `${positionPath(env.world.slug, "AZ-NOPE")}/history?from=0&to=1`);
      const done = page.status === 200 && page.text.includes(env.world.canaries[FIRST_CANARY[status]]);
      return { done, sameAsMissing: pageAnswer(page) === pageAnswer(missing) && (done || answersNotFound(page)), seen: [page.text, rsc.text, missing.text] };
    },
    matrixStatus: async (env, actor) => {
      const { page, cell } = await governmentCell(env, actor, code);
      if (cell === null || cell.startsWith("Not delivered")) return { done: false, seen: [page.text] };
      if (!cell.startsWith(STATUS_LABEL[status])) throw new Error(`the matrix shows "${cell}" for a ${status} position`);
      return { done: true, seen: [page.text] };
    },
    edit: async (env, actor, expected) => {
      const { slug, canaries } = env.world;
      const revision = await positionRevision(env.contexts, slug, code);
      const mark = uniqueText("edit");
      // An allowed edit keeps the canary in the text; nobody else is handed it to type.
      const body = expected === "allowed" ? `${canaries[CURRENT_CANARY[status]]} ${mark}` : mark;
      const saved = await savePosition(env.call, actor, slug, code, body, revision);
      const check = await readPage(env, "headLk", positionPath(slug, code));
      return { done: check.text.includes(mark), seen: [saved.text] };
    },
    status: async (env, actor, expected) => {
      if (status === "DELIVERED") throw new Error("no status cell for delivered positions");
      const target = await (expected === "allowed" ? freshPosition(env, status) : sharedTarget(env, `position.${status}.status`, () => freshPosition(env, status)));
      const to = status === "DRAFT" ? "AGREED" : "DELIVERED";
      const moved = await movePosition(env.call, actor, env.world.slug, target.code, to, target.revision);
      const { cell } = await governmentCell(env, "headLk", target.code);
      return { done: Boolean(cell?.startsWith(STATUS_LABEL[to])), seen: [moved.text] };
    },
    agree: async (env, actor, expected) => {
      const target = await (expected === "allowed" ? freshPosition(env, "AGREED") : sharedTarget(env, "position.AGREED.agree", () => freshPosition(env, "AGREED")));
      const before = await agreementState(env, target.code);
      const url = positionPath(env.world.slug, target.code);
      const agreed = await env.call(actor, { page: url, action: ACTIONS.agreePosition, args: [env.world.slug, target.code, {}], fields: { baseRevision: String(target.revision) } });
      // Success redirects back to the position; a refusal changes neither who agreed nor the revision.
      const done = agreed.redirect === url;
      if (!done && (await agreementState(env, target.code)) !== before) throw new Error("a refused agreement changed the position");
      return { done, seen: [agreed.text] };
    },
  };
}

// A row of the theme's stances page (app/(app)/meetings/[slug]/themes/[code]/stances).
const STANCE_OF_SRI_LANKA = /<th scope="row"[^>]*>Government of Sri Lanka<\/th>/;

function stanceProbes(status: "DRAFT" | "DELIVERED"): Partial<Record<TOperation, TProbe>> {
  const code = POSITION_THEME[status];
  return {
    read: async (env, actor) => {
      const page = await readPage(env, actor, `/meetings/${env.world.slug}/themes/${code}/stances`);
      return { done: page.status === 200 && STANCE_OF_SRI_LANKA.test(page.text), seen: [page.text] };
    },
    count: async (env, actor) => {
      const page = await readPage(env, actor, positionPath(env.world.slug, code));
      return { done: page.status === 200 && page.text.includes('id="group-stances-heading"'), seen: [page.text] };
    },
    set: async (env, actor, expected) => {
      const { slug, texts } = env.world;
      const mark = uniqueText("stance");
      const page = `/meetings/${slug}/themes/${code}`;
      const note = expected === "allowed" ? `${texts.stanceDraft} ${mark}` : mark;
      const set = await env.call(actor, { page, action: ACTIONS.setStance, args: [slug, code, { value: "", note: "" }], fields: { value: "SUPPORT_WITH_AMENDMENTS", note } });
      const check = await readPage(env, "headLk", page);
      return { done: check.text.includes(mark), seen: [set.text] };
    },
  };
}

const stancePermissionProbes: Partial<Record<TOperation, TProbe>> = {
  list: async (env, actor) => {
    const page = await readPage(env, actor, "/positions");
    return { done: page.status === 200 && page.text.includes(env.world.stanceDelegate.name), seen: [page.text] };
  },
  set: async (env, actor, expected) => {
    const person = expected === "allowed" ? await inviteIntoLk(env.contexts, env.call, env.world.lkId, "stance-target", true) : env.world.stanceDelegate;
    const real = await env.call(actor, { page: "/positions", action: ACTIONS.stancePermission, args: [], fields: { userId: person.id, allowed: "true" } });
    const missing = await env.call(actor, { page: "/positions", action: ACTIONS.stancePermission, args: [], fields: { userId: randomUUID(), allowed: "true" } });
    const check = await readPage(env, "headLk", "/positions");
    // Once allowed, the head's button offers to withdraw the permission.
    const done = hiddenInForm(check.text, "allowed", { name: "userId", value: person.id }) === "false";
    return { done, sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
  },
};

// ── People of Sri Lanka and the audit log

/** The page each actor would manage Sri Lanka's people on. */
const peoplePage = (env: TEnv, actor: TActor) => (actor === "secretariat" ? `/admin/delegations/${env.world.lkId}` : "/delegation");

async function lkPerson(env: TEnv, id: string) {
  return peopleRows((await readPage(env, "headLk", "/delegation")).text).find((r) => r.id === id);
}

function personTarget(env: TEnv, operation: string, expected: TExpected, join: boolean) {
  const make = () => inviteIntoLk(env.contexts, env.call, env.world.lkId, operation, join);
  return expected === "allowed" ? make() : sharedTarget(env, `people.${operation}`, make);
}

const peopleProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (env, actor) => {
    const mine = await readPage(env, actor, "/delegation");
    const admin = await readPage(env, actor, `/admin/delegations/${env.world.lkId}`);
    const missing = await readPage(env, actor, `/admin/delegations/${randomUUID()}`);
    const shows = (p: TPage) => p.status === 200 && p.text.includes(env.world.invitee.email);
    return { done: shows(mine) || shows(admin), sameAsMissing: shows(admin) || pageAnswer(admin) === pageAnswer(missing), seen: [mine.text, admin.text, missing.text] };
  },
  invite: async (env, actor) => {
    const email = `authz-matrix-${randomUUID().slice(0, 8)}@gov.demo`;
    const fields = { email, name: "Authz matrix invitee", role: "DELEGATE" };
    const page = peoplePage(env, actor);
    const real = await env.call(actor, { page, action: ACTIONS.invitePerson, args: [env.world.lkId, {}], fields });
    const missing = await env.call(actor, { page, action: ACTIONS.invitePerson, args: [randomUUID(), {}], fields });
    const check = await readPage(env, "headLk", "/delegation");
    return { done: check.text.includes(email), sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
  },
  changeRole: async (env, actor, expected) => {
    const person = await personTarget(env, "role", expected, false);
    const page = peoplePage(env, actor);
    const real = await env.call(actor, { page, action: ACTIONS.changeRole, args: [person.id], fields: { role: "ADVISER" } });
    const missing = await env.call(actor, { page, action: ACTIONS.changeRole, args: [randomUUID()], fields: { role: "ADVISER" } });
    return { done: (await lkPerson(env, person.id))?.role === "ADVISER", sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
  },
  deactivate: async (env, actor, expected) => {
    const person = await personTarget(env, "deactivate", expected, true);
    const page = peoplePage(env, actor);
    const real = await env.call(actor, { page, action: ACTIONS.setPersonActive, args: [person.id, false], fields: {} });
    const missing = await env.call(actor, { page, action: ACTIONS.setPersonActive, args: [randomUUID(), false], fields: {} });
    return { done: (await lkPerson(env, person.id))?.active === false, sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
  },
  resend: async (env, actor, expected) => {
    const person = await personTarget(env, "resend", expected, false);
    const page = peoplePage(env, actor);
    const real = await env.call(actor, { page, action: ACTIONS.resendInvitation, args: [person.id, {}], fields: {} });
    const missing = await env.call(actor, { page, action: ACTIONS.resendInvitation, args: [randomUUID(), {}], fields: {} });
    // A new one-time link is the whole effect, shown only to whoever may resend it.
    const done = JSON.stringify(real.result ?? null).includes("/invitations/");
    return { done, sameAsMissing: answer(real) === answer(missing), seen: [real.text, missing.text] };
  },
};

// ── People's own pages (/people/[id]) and the directory (/people)

const PERSON_TARGET = {
  "person.delegation": (w: TWorld) => ({ id: w.userIds.adviserLk, name: ACCOUNTS.adviserLk.person, email: ACCOUNTS.adviserLk.email }),
  "person.group": (w: TWorld) => ({ id: w.userIds.delegatePh, name: ACCOUNTS.delegatePh.person, email: ACCOUNTS.delegatePh.email }),
  "person.secretariat": (w: TWorld) => ({ id: w.userIds.secretariat, name: ACCOUNTS.secretariat.person, email: ACCOUNTS.secretariat.email }),
  "person.deactivated": (w: TWorld) => ({ id: w.deactivated.id, name: w.deactivated.name, email: w.deactivated.email }),
} as const;

function personProbes(resource: keyof typeof PERSON_TARGET): Partial<Record<TOperation, TProbe>> {
  return {
    read: async (env, actor) => {
      const person = PERSON_TARGET[resource](env.world);
      const page = await readPage(env, actor, `/people/${person.id}`);
      const missing = await readPage(env, actor, `/people/${randomUUID()}`);
      return { done: page.status === 200 && page.text.includes(`>${person.name}</h1>`), sameAsMissing: pageAnswer(page) === pageAnswer(missing), seen: [page.text, missing.text] };
    },
    list: async (env, actor) => {
      const person = PERSON_TARGET[resource](env.world);
      const page = await readPage(env, actor, "/people");
      return { done: page.status === 200 && page.text.includes(`href="/people/${person.id}"`), seen: [page.text] };
    },
    email: async (env, actor) => {
      const person = PERSON_TARGET[resource](env.world);
      const page = await readPage(env, actor, `/people/${person.id}`);
      const rsc = await getRsc(env.contexts[actor], `/people/${person.id}`);
      const list = await readPage(env, actor, "/people");
      // The address appears on the person's page or nowhere: never in the directory.
      expect(list.text.includes(person.email), "the directory shows no address").toBe(false);
      return { done: page.status === 200 && page.text.includes(person.email), seen: [page.text, rsc.text, list.text] };
    },
  };
}

const auditDelegationProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (env, actor) => {
    const log = await auditLogText(env.contexts[actor], "entity=FollowUpAction&actor=head.lk%40gov.demo");
    return { done: log.status === 200 && log.text.includes(env.world.canaries.auditDelegation), seen: [log.text] };
  },
  export: async (env, actor) => {
    const csv = await readPage(env, actor, "/admin/audit/export?entity=FollowUpAction&actor=head.lk%40gov.demo");
    return { done: csv.status === 200 && csv.text.includes(env.world.canaries.auditDelegation), seen: [csv.text] };
  },
};

const auditAdminProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (env, actor) => {
    const log = await auditLogText(env.contexts[actor], "entity=User&actor=head.lk%40gov.demo");
    return { done: log.status === 200 && log.text.includes(env.world.invitee.email), seen: [log.text] };
  },
};

export const HTTP_PROBES: Record<TResource, Partial<Record<TOperation, TProbe>>> = {
  theme: themeProbes,
  "note.DELEGATION": noteProbes("DELEGATION"),
  "note.GROUP": noteProbes("GROUP"),
  "note.ALL": noteProbes("ALL"),
  "reply.DELEGATION": replyProbes("DELEGATION"),
  "reply.GROUP": replyProbes("GROUP"),
  "action.DELEGATION": actionProbes("DELEGATION"),
  "action.GROUP": actionProbes("GROUP"),
  "position.DRAFT": positionProbes("DRAFT"),
  "position.AGREED": positionProbes("AGREED"),
  "position.DELIVERED": positionProbes("DELIVERED"),
  "stance.DRAFT": stanceProbes("DRAFT"),
  "stance.DELIVERED": stanceProbes("DELIVERED"),
  stancePermission: stancePermissionProbes,
  people: peopleProbes,
  "person.delegation": personProbes("person.delegation"),
  "person.group": personProbes("person.group"),
  "person.secretariat": personProbes("person.secretariat"),
  "person.deactivated": personProbes("person.deactivated"),
  "audit.delegation": auditDelegationProbes,
  "audit.admin": auditAdminProbes,
};
