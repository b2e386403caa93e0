// The data-access pass's world: the app's own service functions plant what
// test/authz/world-plan.ts describes, acting as the people who would write it. Every
// actor signs in through verifyCredentials, and every cell asks findViewerBySession
// for its viewer, so anonymous (no session) and the deactivated person (a session
// opened before the head deactivated them) are refused at the session layer, exactly
// where the app refuses them.
//
// The app's modules are imported only after useAppDatabase() has pointed lib/db at
// the test database (loadApp), hence the `TApp` bag instead of static imports.
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { DEMO_ACTORS, DEMO_EMAILS, makeCanaries, type TActor, type TCanaries } from "./matrix";
import { THEMES, THEME_CODES, meetingInput, plantedTexts, themeBackground, ACTION_DUE_ON } from "./world-plan";

export async function loadApp() {
  return {
    db: (await import("@/lib/db")).db,
    sessions: await import("@/lib/auth/sessions"),
    credentials: await import("@/lib/auth/verify-credentials"),
    content: await import("@/lib/services/admin-content"),
    people: await import("@/lib/services/admin-people"),
    invitations: await import("@/lib/services/invitations"),
    notes: await import("@/lib/services/annotations-notes"),
    replies: await import("@/lib/services/annotations-replies"),
    noteReads: await import("@/lib/dal/annotations"),
    meetings: await import("@/lib/dal/meetings"),
    actionWrites: await import("@/lib/dal/actions-write"),
    actionReads: await import("@/lib/dal/actions"),
    actionExport: await import("@/lib/dal/actions-export"),
    actionValidation: await import("@/lib/validation/follow-up-actions"),
    positions: await import("@/lib/dal/positions"),
    positionWrites: await import("@/lib/dal/positions-write"),
    matrix: await import("@/lib/dal/positions-matrix"),
    stances: await import("@/lib/dal/stances"),
    admin: await import("@/lib/dal/admin"),
    peopleReads: await import("@/lib/dal/people"),
    audit: await import("@/lib/dal/audit-log"),
    translator: await import("@/lib/i18n/translator"),
  };
}
export type TApp = Awaited<ReturnType<typeof loadApp>>;

const PASSWORD = "demo-password-2013";
const NEW_PASSWORD = "a long passphrase for the matrix";
export const SLUG = "authz-dal";
export const LK_NAME = "Government of Sri Lanka";

export const uniqueText = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

export type TDalWorld = {
  canaries: TCanaries;
  texts: ReturnType<typeof plantedTexts>;
  sessions: Partial<Record<TActor, string>>;
  userIds: Record<Exclude<TActor, "anonymous">, string>;
  lkId: string;
  themeIds: Record<keyof typeof THEMES, string>;
  notes: { DELEGATION: string; GROUP: string; ALL: string };
  replies: { DELEGATION: string; GROUP: string };
  actions: { DELEGATION: string; GROUP: string };
  invitee: { id: string; email: string };
  stanceDelegateId: string;
};

export function expectOk<T>(result: { ok: true; value: T } | { ok: false }, what: string): T {
  if (!result.ok) throw new Error(`setup failed: ${what}: ${JSON.stringify(result)}`);
  return result.value;
}

/** The viewer the app would build for this actor's session right now (null: none). */
export async function viewerOf(app: TApp, world: Pick<TDalWorld, "sessions">, actor: TActor): Promise<Viewer | null> {
  const sessionId = world.sessions[actor];
  return sessionId ? app.sessions.findViewerBySession(sessionId) : null;
}

async function signIn(app: TApp, email: string, password: string): Promise<string> {
  const result = await app.credentials.verifyCredentials(email, password, "198.51.100.7");
  if (!result.ok) throw new Error(`setup failed: sign-in of ${email}: ${result.reason}`);
  return result.sessionId;
}

/** Invites a person into Sri Lanka as its head would; `join` has them set a password. */
export async function inviteIntoLk(app: TApp, head: Viewer, lkId: string, label: string, join: boolean) {
  const email = `${label}-${randomUUID().slice(0, 8)}@gov.demo`;
  const invited = expectOk(await app.people.invitePerson(head, lkId, { email, name: `Authz ${label}`, role: "DELEGATE" }), `invite ${label}`);
  if (join && !(await app.invitations.acceptInvitation(invited.token, NEW_PASSWORD)).ok) throw new Error(`setup failed: join ${label}`);
  return { id: invited.userId, email, token: invited.token };
}

export async function buildDalWorld(app: TApp): Promise<TDalWorld> {
  const canaries = makeCanaries(() => randomUUID().replace(/-/g, "").slice(0, 10));
  const texts = plantedTexts(canaries);
  const sessions: Partial<Record<TActor, string>> = {};
  const viewers = {} as Record<(typeof DEMO_ACTORS)[number], Viewer>;
  for (const actor of DEMO_ACTORS) {
    sessions[actor] = await signIn(app, DEMO_EMAILS[actor], PASSWORD);
    const viewer = await app.sessions.findViewerBySession(sessions[actor]!);
    if (!viewer) throw new Error(`setup failed: no viewer for ${actor}`);
    viewers[actor] = viewer;
  }
  const { headLk, delegateLk, adviserLk, delegatePh, secretariat } = viewers;
  const lkId = headLk.delegation!.id;

  // The meeting and its themes, by the secretariat.
  expectOk(await app.content.createMeeting(secretariat, meetingInput(SLUG)), "meeting");
  for (const code of THEME_CODES) {
    expectOk(await app.content.createTheme(secretariat, SLUG, { code, title: `Theme ${code}`, background: themeBackground(code).split("\n\n") }), code);
  }
  const themeRows = await app.db.theme.findMany({ where: { meeting: { slug: SLUG } }, select: { id: true, code: true } });
  const themeIds = Object.fromEntries(
    Object.entries(THEMES).map(([key, code]) => [key, themeRows.find((t) => t.code === code)!.id]),
  ) as TDalWorld["themeIds"];

  // Notes by delegate.lk, one per scope on its own theme; replies in two threads.
  const note = async (scope: "DELEGATION" | "GROUP" | "ALL", themeId: string, body: string) =>
    expectOk(await app.notes.createAnnotation(delegateLk, { themeId, body, scope, tags: "", anchor: null }), `note ${scope}`).id;
  const notes = {
    DELEGATION: await note("DELEGATION", themeIds.noteDelegation, texts.noteDelegation),
    GROUP: await note("GROUP", themeIds.noteGroup, texts.noteGroup),
    ALL: await note("ALL", themeIds.noteAll, texts.noteAll),
  };
  const replies = {
    DELEGATION: expectOk(await app.replies.replyToAnnotation(adviserLk, { annotationId: notes.DELEGATION, body: texts.replyDelegation }), "reply").id,
    GROUP: expectOk(await app.replies.replyToAnnotation(delegatePh, { annotationId: notes.GROUP, body: texts.replyGroup }), "reply").id,
  };

  // Actions by Sri Lanka's head, with a comment each.
  const action = async (scope: "DELEGATION" | "GROUP", text: { title: string; description: string }, assigneeId: string) =>
    expectOk(
      await app.actionWrites.createActionForViewer(
        headLk,
        app.actionValidation.ZActionCreateInput.parse({ ...text, scope, assigneeId, themeId: themeIds.writes, dueOn: ACTION_DUE_ON }),
      ),
      `action ${scope}`,
    ).id;
  const actions = {
    DELEGATION: await action("DELEGATION", texts.actionDelegation, adviserLk.userId),
    GROUP: await action("GROUP", texts.actionGroup, delegatePh.userId),
  };
  expectOk(await app.actionWrites.addActionCommentForViewer(delegateLk, { actionId: actions.DELEGATION, body: texts.actionDelegationComment }), "comment");
  expectOk(await app.actionWrites.addActionCommentForViewer(delegatePh, { actionId: actions.GROUP, body: texts.actionGroupComment }), "comment");

  // The GOVERNMENT positions, one per status, written and moved by Sri Lanka's head.
  await plantPosition(app, headLk, SLUG, THEMES.draft, [texts.positionDraft], "DRAFT");
  await plantPosition(app, headLk, SLUG, THEMES.agreed, [texts.positionAgreed], "AGREED");
  await plantPosition(app, headLk, SLUG, THEMES.delivered, [texts.positionDeliveredHistory, texts.positionDelivered], "DELIVERED");

  // Sri Lanka's stances, on the draft and on the delivered theme.
  for (const [code, note] of [[THEMES.draft, texts.stanceDraft], [THEMES.delivered, texts.stanceDelivered]] as const) {
    const outcome = await app.stances.setStanceForViewer(headLk, SLUG, code, { value: "OPPOSE", note });
    if (outcome.kind !== "saved") throw new Error(`setup failed: stance on ${code}`);
  }

  // An action created and deleted by the head: its title survives in the audit log.
  const doomed = expectOk(
    await app.actionWrites.createActionForViewer(headLk, app.actionValidation.ZActionCreateInput.parse({ title: texts.auditDelegation, scope: "DELEGATION" })),
    "audit action",
  ).id;
  expectOk(await app.actionWrites.deleteActionForViewer(headLk, { id: doomed }), "audit action delete");

  // People: an invitee who has not joined (its invitation is an admin audit event), a
  // delegate whose stance permission is at stake, and the deactivated actor.
  const invitee = await inviteIntoLk(app, headLk, lkId, "invitee", false);
  const stanceDelegate = await inviteIntoLk(app, headLk, lkId, "stance-delegate", true);
  const deactivated = await inviteIntoLk(app, headLk, lkId, "deactivated", true);
  sessions.deactivated = await signIn(app, deactivated.email, NEW_PASSWORD);
  expectOk(await app.people.setPersonActive(headLk, deactivated.id, false), "deactivate");

  const userIds = {
    ...Object.fromEntries(DEMO_ACTORS.map((a) => [a, viewers[a].userId])),
    deactivated: deactivated.id,
  } as TDalWorld["userIds"];
  return {
    canaries,
    texts,
    sessions,
    userIds,
    lkId,
    themeIds,
    notes,
    replies,
    actions,
    invitee: { id: invitee.id, email: invitee.email },
    stanceDelegateId: stanceDelegate.id,
  };
}

/** Saves each text in turn as a new revision, then moves the position to `status`. */
export async function plantPosition(app: TApp, head: Viewer, slug: string, code: string, bodies: string[], status: "DRAFT" | "AGREED" | "DELIVERED") {
  let revision = 0;
  for (const body of bodies) {
    const saved = await app.positionWrites.savePositionText(head, slug, code, { body, baseRevision: revision });
    if (saved.kind !== "saved") throw new Error(`setup failed: position on ${code}: ${saved.kind}`);
    revision = saved.revision;
  }
  const path = status === "DRAFT" ? [] : status === "AGREED" ? (["AGREED"] as const) : (["AGREED", "DELIVERED"] as const);
  for (const to of path) {
    const moved = await app.positionWrites.changePositionStatus(head, slug, code, { to, baseRevision: revision });
    if (moved.kind !== "changed") throw new Error(`setup failed: position on ${code} to ${to}: ${moved.kind}`);
    revision = moved.revision;
  }
  return revision;
}
