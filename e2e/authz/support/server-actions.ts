// Calling the app's server actions directly over HTTP, the way React's client does
// (a POST carrying a `Next-Action` header and the arguments encoded as multipart form
// data), so that any signed-in person — or nobody — can replay a form meant for
// someone else. The action's id is read from the forms a page renders for an allowed
// person (`$ACTION_ID_<id>`, or `$ACTION_<n>:0` = {"id": …} for forms with bound
// arguments or state), checked against the build's server-reference manifest; forms
// that wrap their action in a client function render no id, and those ids come from
// the manifest alone, by file and export name.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

type TManifest = { node: Record<string, { filename?: string; exportedName?: string }> };

let manifest: TManifest | null = null;

function loadManifest(): TManifest {
  manifest ??= JSON.parse(
    readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as TManifest;
  return manifest;
}

export type TActionRef = { file: string; name: string };

/** The id of a server action of the running build. */
export function actionId(ref: TActionRef): string {
  const entries = Object.entries(loadManifest().node).filter(([, v]) => v.filename === ref.file && v.exportedName === ref.name);
  if (entries.length !== 1) throw new Error(`server action ${ref.file}#${ref.name} not found in the build's manifest`);
  return entries[0]![0];
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** Every server action id the forms of a rendered page post to. */
export function offeredActionIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)) ids.add(m[1]!);
  for (const m of html.matchAll(/name="\$ACTION_\d+:0" value="([^"]*)"/g)) {
    const value = JSON.parse(decode(m[1]!)) as { id?: string };
    if (value.id) ids.add(value.id);
  }
  return ids;
}

/** The action's id, after checking that the page (rendered for an allowed person) offers it. */
export async function actionIdOfferedBy(ctx: APIRequestContext, url: string, ref: TActionRef): Promise<string> {
  const id = actionId(ref);
  const response = await ctx.get(url);
  expect(response.status(), `${url} should render for the person allowed to use its form`).toBe(200);
  expect([...offeredActionIds(await response.text())], `${url} should offer ${ref.name}`).toContain(id);
  return id;
}

export type TActionCall = {
  /** The page the form lives on: the request goes there, as the browser's would. */
  page: string;
  action: TActionRef;
  /** Arguments before the form data: bound values, then the form's previous state if any. */
  args: unknown[];
  fields: Record<string, string>;
  /** An id read from the page's form (see actionIdOfferedBy); defaults to the manifest's. */
  id?: string;
};

export type TActionResponse = {
  status: number;
  /** Where the action redirected to (x-action-redirect), if it did. */
  redirect: string | null;
  /** What the action returned (its form state), when it returned. */
  result: unknown;
  /** The whole response, for the canary search. */
  text: string;
};

/** Parses the RSC payload of an action response: row 0 names the row holding the result. */
function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = rows.get("0");
  if (!root?.startsWith("{")) return undefined;
  const a = (JSON.parse(root) as { a?: unknown }).a;
  if (typeof a === "string" && a.startsWith("$@")) {
    const row = rows.get(a.slice(2));
    return row ? JSON.parse(row) : undefined;
  }
  return a;
}

/** Posts to a server action as whoever `ctx` is signed in as (or nobody). */
export async function callAction(ctx: APIRequestContext, baseURL: string, call: TActionCall): Promise<TActionResponse> {
  // Fields first and the argument list last: the server reads them in order.
  const form = new FormData();
  for (const [name, value] of Object.entries(call.fields)) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([...call.args, "$K1"]));
  const response: APIResponse = await ctx.post(call.page, {
    headers: { "Next-Action": call.id ?? actionId(call.action), Origin: new URL(baseURL).origin, Accept: "text/x-component" },
    multipart: form,
    maxRedirects: 0,
  });
  const text = await response.text();
  // "x-action-redirect: /path;push" — the part before ";" is the address.
  const target = response.headers()["x-action-redirect"] ?? (response.status() >= 300 && response.status() < 400 ? response.headers().location : undefined);
  const redirect = target ? target.split(";")[0]! : null;
  return {
    status: response.status(),
    redirect,
    result: response.headers()["content-type"]?.includes("text/x-component") ? actionResult(text) : undefined,
    text,
  };
}

/** The action did not run for want of a session: the app sent the person to sign in. */
export const sentToSignIn = (r: TActionResponse) => Boolean(r.redirect?.includes("/sign-in"));

export const ACTIONS = {
  createNote: { file: "lib/actions/annotations.ts", name: "createAnnotationAction" },
  editNote: { file: "lib/actions/annotations.ts", name: "editAnnotationAction" },
  reply: { file: "lib/actions/annotations.ts", name: "replyAction" },
  editReply: { file: "lib/actions/annotations.ts", name: "editReplyAction" },
  deleteNote: { file: "lib/actions/annotations.ts", name: "deleteAnnotationAction" },
  deleteReply: { file: "lib/actions/annotations.ts", name: "deleteReplyAction" },
  resolveNote: { file: "lib/actions/annotations.ts", name: "setResolvedAction" },
  hideNote: { file: "lib/actions/annotations.ts", name: "setHiddenAction" },
  createAction: { file: "lib/actions/follow-up-actions.ts", name: "createFollowUpAction" },
  updateAction: { file: "lib/actions/follow-up-actions.ts", name: "updateFollowUpAction" },
  actionStatus: { file: "lib/actions/follow-up-actions.ts", name: "changeFollowUpStatus" },
  comment: { file: "lib/actions/follow-up-actions.ts", name: "addFollowUpComment" },
  deleteAction: { file: "lib/actions/follow-up-actions.ts", name: "deleteFollowUpAction" },
  issueFeed: { file: "lib/actions/follow-up-calendar.ts", name: "issueCalendarFeed" },
  savePosition: { file: "lib/actions/positions.ts", name: "savePositionAction" },
  positionStatus: { file: "lib/actions/positions.ts", name: "changePositionStatusAction" },
  agreePosition: { file: "lib/actions/positions.ts", name: "agreePositionAction" },
  setEditing: { file: "lib/actions/positions.ts", name: "setEditingAction" },
  setStance: { file: "lib/actions/stances.ts", name: "setStanceAction" },
  stancePermission: { file: "lib/actions/stances.ts", name: "setStancePermissionAction" },
  saveMeeting: { file: "lib/actions/admin-content.ts", name: "saveMeetingAction" },
  saveTheme: { file: "lib/actions/admin-content.ts", name: "saveThemeAction" },
  archiveTheme: { file: "lib/actions/admin-content.ts", name: "setThemeArchivedAction" },
  invitePerson: { file: "lib/actions/admin-people.ts", name: "invitePersonAction" },
  changeRole: { file: "lib/actions/admin-people.ts", name: "changeRoleAction" },
  setPersonActive: { file: "lib/actions/admin-people.ts", name: "setPersonActiveAction" },
  resendInvitation: { file: "lib/actions/admin-people.ts", name: "resendInvitationAction" },
  acceptInvitation: { file: "lib/actions/invitations.ts", name: "acceptInvitationAction" },
  carryPosition: { file: "lib/actions/carry.ts", name: "carryPositionAction" },
  moveAction: { file: "lib/actions/carry.ts", name: "carryActionAction" },
  copyAction: { file: "lib/actions/carry.ts", name: "copyActionAction" },
  copyNote: { file: "lib/actions/carry.ts", name: "carryNoteAction" },
  themeLinks: { file: "lib/actions/admin-content.ts", name: "setThemeLinksAction" },
} as const satisfies Record<string, TActionRef>;
