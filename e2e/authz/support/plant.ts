// Writing the matrix's material over HTTP, as the person who would write it: each
// helper posts to the server action behind one of the app's forms (see
// server-actions.ts) and reads back what it needs (an id, a revision) from the pages
// that person sees. Used to plant the world and to make fresh targets for cells.
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import type { TActor } from "../../../test/authz/matrix";
import { THEMES, themeBackground } from "../../../test/authz/world-plan";
import { ACTIONS, callAction, type TActionCall, type TActionResponse } from "./server-actions";
import { getPage, getRsc, peopleRows, replyIdByBody } from "./pages";

export type TContexts = Record<TActor, APIRequestContext>;

export const PASSWORD = "a long passphrase for the matrix";
export const random = () => randomUUID().replace(/-/g, "").slice(0, 8);
export const uniqueText = (label: string) => `${label} ${random()}`;

export type TCaller = (actor: TActor, call: TActionCall) => Promise<TActionResponse>;

export function callerFor(contexts: TContexts, baseURL: string): TCaller {
  return (actor, call) => callAction(contexts[actor], baseURL, call);
}

export function resultOf<T>(response: TActionResponse, what: string): T {
  if (response.status !== 200 || response.result === undefined) throw new Error(`setup failed: ${what}: HTTP ${response.status} ${response.text.slice(0, 300)}`);
  return response.result as T;
}

export function redirectOf(response: TActionResponse, what: string): string {
  if (!response.redirect) throw new Error(`setup failed: ${what}: no redirect (${JSON.stringify(response.result)})`);
  return response.redirect;
}

/** The theme's id, from the "New action on this theme" link a delegate sees. */
export async function themeIdOf(ctx: APIRequestContext, slug: string, code: string): Promise<string> {
  const page = await getPage(ctx, `/meetings/${slug}/themes/${code}`);
  const id = /themeId=([0-9a-f-]{36})/.exec(page.text)?.[1];
  if (!id) throw new Error(`no theme id on ${code}`);
  return id;
}

export const notePath = (slug: string, code: string, id: string) => `/meetings/${slug}/themes/${code}/notes/${id}`;
export const positionPath = (slug: string, code: string) => `/meetings/${slug}/themes/${code}/position/government`;
const NOTE_THEME = { DELEGATION: THEMES.noteDelegation, GROUP: THEMES.noteGroup, ALL: THEMES.noteAll } as const;

export async function createNote(call: TCaller, slug: string, themeCode: string, themeId: string, scope: "DELEGATION" | "GROUP" | "ALL", body: string, actor: TActor = "delegateLk") {
  const response = await call(actor, {
    page: `/meetings/${slug}/themes/${themeCode}`,
    action: ACTIONS.createNote,
    args: [{ status: "idle", values: { body: "", tags: "", scope }, savedCount: 0 }],
    fields: { themeId, body, scope, tags: "" },
  });
  return { response, id: (response.result as { saved?: { id: string } } | undefined)?.saved?.id ?? null };
}

/** A reply written by `author`, and its id (read back from the thread the author sees). */
export async function createReply(contexts: TContexts, call: TCaller, slug: string, scope: "DELEGATION" | "GROUP", noteId: string, author: TActor, body: string) {
  const page = notePath(slug, NOTE_THEME[scope], noteId);
  const response = await call(author, { page, action: ACTIONS.reply, args: [{ status: "idle", values: { body: "", tags: "", scope: "" }, savedCount: 0 }], fields: { annotationId: noteId, body } });
  resultOf(response, "reply");
  const id = replyIdByBody((await getRsc(contexts[author], page)).text, body);
  if (!id) throw new Error(`setup failed: reply "${body}" not found in its thread`);
  return id;
}

export async function createAction(call: TCaller, fields: Record<string, string>) {
  const response = await call("headLk", { page: "/actions/new", action: ACTIONS.createAction, args: [{ values: {} }], fields: { priority: "MEDIUM", description: "", ...fields } });
  const id = /\/actions\/([0-9a-f-]{36})/.exec(redirectOf(response, `action ${fields.title}`))?.[1];
  if (!id) throw new Error("setup failed: no action id");
  return id;
}

/** The current revision of the GOVERNMENT position on a theme, as Sri Lanka's head sees it. */
export async function positionRevision(contexts: TContexts, slug: string, code: string): Promise<number> {
  const page = await getPage(contexts.headLk, positionPath(slug, code));
  const m = /name="baseRevision" value="(\d+)"/.exec(page.text) ?? /Revision (\d+)/.exec(page.text);
  if (!m) throw new Error(`no revision on the position page of ${code}`);
  return Number(m[1]);
}

export async function savePosition(call: TCaller, actor: TActor, slug: string, code: string, body: string, baseRevision: number) {
  return call(actor, {
    page: `${positionPath(slug, code)}/edit`,
    action: ACTIONS.savePosition,
    args: [slug, code, { attempt: 0, baseRevision, body: "" }],
    fields: { body, baseRevision: String(baseRevision) },
  });
}

export async function movePosition(call: TCaller, actor: TActor, slug: string, code: string, to: "AGREED" | "DELIVERED" | "DRAFT", baseRevision: number) {
  return call(actor, { page: positionPath(slug, code), action: ACTIONS.positionStatus, args: [slug, code, {}], fields: { to, baseRevision: String(baseRevision) } });
}

/** Writes each text as a revision of the GOVERNMENT position, then moves it to `status`. */
export async function plantPosition(call: TCaller, slug: string, code: string, bodies: string[], status: "DRAFT" | "AGREED" | "DELIVERED") {
  let revision = 0;
  for (const body of bodies) {
    const saved = await savePosition(call, "headLk", slug, code, body, revision);
    expect(saved.redirect, `setup: save position on ${code}`).toContain(`?saved=${revision + 1}`);
    revision += 1;
  }
  for (const to of status === "DRAFT" ? [] : status === "AGREED" ? (["AGREED"] as const) : (["AGREED", "DELIVERED"] as const)) {
    const moved = await movePosition(call, "headLk", slug, code, to, revision);
    redirectOf(moved, `move position on ${code} to ${to}`);
    revision += 1;
  }
  return revision;
}

/** A new theme of the world's meeting, by the secretariat. */
export async function createTheme(call: TCaller, slug: string, code: string) {
  const response = await call("secretariat", {
    page: `/admin/meetings/${slug}/themes/new`,
    action: ACTIONS.saveTheme,
    args: [{ meetingSlug: slug, themeId: null }, {}],
    fields: { code, title: `Theme ${code}`, background: themeBackground(code) },
  });
  redirectOf(response, `theme ${code}`);
}

/** Head of Sri Lanka invites a person; `join` has them accept with a password. */
export async function inviteIntoLk(contexts: TContexts, call: TCaller, lkId: string, label: string, join: boolean) {
  const email = `authz-${label}-${random()}@gov.demo`;
  const name = `Authz ${label} ${random()}`;
  const invited = resultOf<{ link?: string }>(
    await call("headLk", { page: "/delegation", action: ACTIONS.invitePerson, args: [lkId, {}], fields: { email, name, role: "DELEGATE" } }),
    `invite ${label}`,
  );
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(invited.link ?? "")?.[1];
  if (!token) throw new Error(`setup failed: no invitation link for ${label}: ${JSON.stringify(invited)}`);
  if (join) {
    const accepted = resultOf<{ notice?: string }>(
      await call("anonymous", { page: `/invitations/${token}`, action: ACTIONS.acceptInvitation, args: [token, {}], fields: { password: PASSWORD, confirm: PASSWORD } }),
      `accept ${label}`,
    );
    if (!accepted.notice) throw new Error(`setup failed: ${label} could not join: ${JSON.stringify(accepted)}`);
  }
  const row = peopleRows((await getPage(contexts.headLk, "/delegation")).text).find((r) => r.email === email);
  if (!row?.id) throw new Error(`setup failed: ${email} not on Sri Lanka's people page`);
  return { id: row.id, email, name, token };
}
