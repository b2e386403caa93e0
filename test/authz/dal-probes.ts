// How the data-access pass checks one cell: a probe per (resource, operation) calls
// the real service or data function as the viewer and reports what happened, read
// back from the database rather than from the function's own answer.
//
// Writes act on a fresh target made for the cell (a new note, reply, action, theme
// position or person, written by whoever would write it), so every cell starts from
// the same state and an allowed delete cannot hide a later refusal. Where the target
// is named by id, the probe also makes the same call with an id that exists nowhere:
// an actor who may not see the target must get exactly that answer.
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import type { TActor, TOperation, TResource } from "./matrix";
import { LK_NAME, SLUG, expectOk, inviteIntoLk, plantPosition, uniqueText, viewerOf, type TApp, type TDalWorld } from "./dal-world";
import { ACTION_DUE_ON, THEMES } from "./world-plan";

export type TObservation = {
  /** The read returned the thing, or the write took effect. */
  done: boolean;
  /** The answer equals the answer for a target that does not exist (id-named targets only). */
  sameAsMissing?: boolean;
};

type TContext = { app: TApp; world: TDalWorld; viewer: Viewer; actor: TActor };
type TProbe = (ctx: TContext) => Promise<TObservation>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

async function as(ctx: TContext, actor: TActor): Promise<Viewer> {
  const viewer = await viewerOf(ctx.app, ctx.world, actor);
  if (!viewer) throw new Error(`no viewer for ${actor}`);
  return viewer;
}

// ── Fresh targets, written by the people who would write them.

type TNoteScope = "DELEGATION" | "GROUP" | "ALL";

async function freshNote(ctx: TContext, scope: TNoteScope) {
  const author = await as(ctx, "delegateLk");
  const created = await ctx.app.notes.createAnnotation(author, { themeId: ctx.world.themeIds.writes, body: uniqueText("target note"), scope, tags: "", anchor: null });
  return expectOk(created, "fresh note").id;
}

const REPLY_AUTHOR = { DELEGATION: "adviserLk", GROUP: "delegatePh" } as const;

async function freshReply(ctx: TContext, scope: "DELEGATION" | "GROUP") {
  const author = await as(ctx, REPLY_AUTHOR[scope]);
  const created = await ctx.app.replies.replyToAnnotation(author, { annotationId: ctx.world.notes[scope], body: uniqueText("target reply") });
  return expectOk(created, "fresh reply").id;
}

const ACTION_ASSIGNEE = { DELEGATION: "adviserLk", GROUP: "delegatePh" } as const;

async function freshAction(ctx: TContext, scope: "DELEGATION" | "GROUP") {
  const head = await as(ctx, "headLk");
  const input = ctx.app.actionValidation.ZActionCreateInput.parse({
    title: uniqueText("target action"),
    scope,
    assigneeId: ctx.world.userIds[ACTION_ASSIGNEE[scope]],
    themeId: ctx.world.themeIds.writes,
    dueOn: ACTION_DUE_ON,
  });
  return expectOk(await ctx.app.actionWrites.createActionForViewer(head, input), "fresh action").id;
}

let themeCounter = 0;

/** A new theme of the matrix meeting whose GOVERNMENT position is at `status`. */
async function freshPosition(ctx: TContext, status: "DRAFT" | "AGREED") {
  const code = `AZ-X${++themeCounter}`;
  const secretariat = await as(ctx, "secretariat");
  expectOk(await ctx.app.content.createTheme(secretariat, SLUG, { code, title: `Theme ${code}`, background: ["A paragraph."] }), code);
  const revision = await plantPosition(ctx.app, await as(ctx, "headLk"), SLUG, code, [uniqueText("target position")], status);
  const position = await ctx.app.db.groupPosition.findFirstOrThrow({ where: { group: "GOVERNMENT", theme: { code, meeting: { slug: SLUG } } } });
  return { code, revision, positionId: position.id };
}

// ── Probes per resource kind.

const NOTE_THEME = { DELEGATION: THEMES.noteDelegation, GROUP: THEMES.noteGroup, ALL: THEMES.noteAll } as const;
const NOTE_CANARY = { DELEGATION: "noteDelegation", GROUP: "noteGroup", ALL: "noteAll" } as const;

function noteProbes(scope: TNoteScope): Partial<Record<TOperation, TProbe>> {
  const noteId = (ctx: TContext) => ctx.world.notes[scope];
  return {
    read: async (ctx) => {
      const found = await ctx.app.noteReads.findNoteForViewer(ctx.viewer, SLUG, NOTE_THEME[scope], noteId(ctx));
      return { done: Boolean(found?.note.bodyHtml.includes(ctx.world.canaries[NOTE_CANARY[scope]])) };
    },
    list: async (ctx) => {
      const theme = await ctx.app.db.theme.findFirstOrThrow({
        where: { code: NOTE_THEME[scope], meeting: { slug: SLUG } },
        select: { id: true, code: true, paragraphs: { select: { id: true, position: true, text: true } } },
      });
      const notes = await ctx.app.noteReads.loadThemeNotes(ctx.viewer, { ...theme, meeting: { slug: SLUG } }, "{}");
      return { done: notes.notes.some((n) => n.id === noteId(ctx)) };
    },
    count: async (ctx) => {
      const counts = await ctx.app.noteReads.countThemeNotesForMeeting(ctx.viewer, SLUG);
      const total = counts[NOTE_THEME[scope]]?.total ?? 0;
      if (total > 1) throw new Error(`expected at most the one planted note, counted ${total}`);
      return { done: total === 1 };
    },
    reply: async (ctx) => {
      const body = uniqueText("matrix reply");
      const result = await ctx.app.replies.replyToAnnotation(ctx.viewer, { annotationId: noteId(ctx), body });
      const missing = await ctx.app.replies.replyToAnnotation(ctx.viewer, { annotationId: randomUUID(), body });
      return { done: (await ctx.app.db.annotationReply.count({ where: { body } })) === 1, sameAsMissing: same(result, missing) };
    },
    edit: async (ctx) => {
      const id = await freshNote(ctx, scope);
      const body = uniqueText("edited note");
      const result = await ctx.app.notes.editAnnotation(ctx.viewer, { annotationId: id, version: 1, body, tags: "" });
      const missing = await ctx.app.notes.editAnnotation(ctx.viewer, { annotationId: randomUUID(), version: 1, body, tags: "" });
      const row = await ctx.app.db.annotation.findUniqueOrThrow({ where: { id } });
      return { done: row.body === body, sameAsMissing: same(result, missing) };
    },
    delete: async (ctx) => {
      const id = await freshNote(ctx, scope);
      const result = await ctx.app.notes.deleteAnnotation(ctx.viewer, { annotationId: id });
      const missing = await ctx.app.notes.deleteAnnotation(ctx.viewer, { annotationId: randomUUID() });
      const row = await ctx.app.db.annotation.findUniqueOrThrow({ where: { id } });
      return { done: row.deletedAt !== null, sameAsMissing: same(result, missing) };
    },
    resolve: async (ctx) => {
      const id = await freshNote(ctx, scope);
      const result = await ctx.app.notes.setAnnotationResolved(ctx.viewer, { annotationId: id, resolved: "true" });
      const missing = await ctx.app.notes.setAnnotationResolved(ctx.viewer, { annotationId: randomUUID(), resolved: "true" });
      const row = await ctx.app.db.annotation.findUniqueOrThrow({ where: { id } });
      return { done: row.resolvedAt !== null, sameAsMissing: same(result, missing) };
    },
    hide: async (ctx) => {
      const id = await freshNote(ctx, scope);
      const result = await ctx.app.notes.setAnnotationHidden(ctx.viewer, { annotationId: id, hidden: "true" });
      const missing = await ctx.app.notes.setAnnotationHidden(ctx.viewer, { annotationId: randomUUID(), hidden: "true" });
      const row = await ctx.app.db.annotation.findUniqueOrThrow({ where: { id } });
      return { done: row.hiddenAt !== null, sameAsMissing: same(result, missing) };
    },
  };
}

function replyProbes(scope: "DELEGATION" | "GROUP"): Partial<Record<TOperation, TProbe>> {
  const canary = scope === "DELEGATION" ? "replyDelegation" : "replyGroup";
  return {
    read: async (ctx) => {
      const found = await ctx.app.noteReads.findNoteForViewer(ctx.viewer, SLUG, NOTE_THEME[scope], ctx.world.notes[scope]);
      const reply = found?.note.replies.find((r) => r.id === ctx.world.replies[scope]);
      return { done: Boolean(reply?.bodyHtml.includes(ctx.world.canaries[canary])) };
    },
    edit: async (ctx) => {
      const id = await freshReply(ctx, scope);
      const body = uniqueText("edited reply");
      const result = await ctx.app.replies.editReply(ctx.viewer, { replyId: id, version: 1, body });
      const missing = await ctx.app.replies.editReply(ctx.viewer, { replyId: randomUUID(), version: 1, body });
      const row = await ctx.app.db.annotationReply.findUniqueOrThrow({ where: { id } });
      return { done: row.body === body, sameAsMissing: same(result, missing) };
    },
    delete: async (ctx) => {
      const id = await freshReply(ctx, scope);
      const result = await ctx.app.replies.deleteReply(ctx.viewer, { replyId: id });
      const missing = await ctx.app.replies.deleteReply(ctx.viewer, { replyId: randomUUID() });
      const row = await ctx.app.db.annotationReply.findUniqueOrThrow({ where: { id } });
      return { done: row.deletedAt !== null, sameAsMissing: same(result, missing) };
    },
  };
}

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

function actionProbes(scope: "DELEGATION" | "GROUP"): Partial<Record<TOperation, TProbe>> {
  const canaries = scope === "DELEGATION" ? (["actionDelegation", "actionDelegationDescription"] as const) : (["actionGroup", "actionGroupDescription"] as const);
  const filters = (ctx: TContext) => ctx.app.actionValidation.ZActionFilters.parse({ assignee: "any", status: "all", theme: ctx.world.themeIds.writes });
  const assigneeOf = (ctx: TContext) => ctx.world.userIds[ACTION_ASSIGNEE[scope]];
  return {
    read: async (ctx) => {
      const action = await ctx.app.actionReads.findActionForViewer(ctx.viewer, ctx.world.actions[scope]);
      return { done: Boolean(action?.description.includes(ctx.world.canaries[canaries[1]])) };
    },
    list: async (ctx) => {
      const page = await ctx.app.actionReads.listActionsForViewer(ctx.viewer, filters(ctx), { pageSize: 500 });
      return { done: page.rows.some((r) => r.id === ctx.world.actions[scope] && r.title.includes(ctx.world.canaries[canaries[0]])) };
    },
    export: async (ctx) => {
      const t = ctx.app.translator.createTranslator("en");
      const csv = await streamText(ctx.app.actionExport.exportActionsCsv(ctx.viewer, filters(ctx), t, "http://localhost"));
      return { done: csv.includes(ctx.world.canaries[canaries[0]]) };
    },
    edit: async (ctx) => {
      const id = await freshAction(ctx, scope);
      const title = uniqueText("edited action");
      const input = (target: string) =>
        ctx.app.actionValidation.ZActionUpdateInput.parse({
          id: target,
          version: 1,
          title,
          assigneeId: assigneeOf(ctx),
          themeId: ctx.world.themeIds.writes,
          dueOn: ACTION_DUE_ON,
        });
      const result = await ctx.app.actionWrites.updateActionForViewer(ctx.viewer, input(id));
      const missing = await ctx.app.actionWrites.updateActionForViewer(ctx.viewer, input(randomUUID()));
      const row = await ctx.app.db.followUpAction.findUniqueOrThrow({ where: { id } });
      return { done: row.title === title, sameAsMissing: same(result, missing) };
    },
    status: async (ctx) => {
      const id = await freshAction(ctx, scope);
      const input = (target: string) => ({ id: target, status: "IN_PROGRESS", fromStatus: "OPEN" }) as const;
      const result = await ctx.app.actionWrites.changeActionStatusForViewer(ctx.viewer, input(id));
      const missing = await ctx.app.actionWrites.changeActionStatusForViewer(ctx.viewer, input(randomUUID()));
      const row = await ctx.app.db.followUpAction.findUniqueOrThrow({ where: { id } });
      return { done: row.status === "IN_PROGRESS", sameAsMissing: same(result, missing) };
    },
    comment: async (ctx) => {
      const body = uniqueText("matrix comment");
      const result = await ctx.app.actionWrites.addActionCommentForViewer(ctx.viewer, { actionId: ctx.world.actions[scope], body });
      const missing = await ctx.app.actionWrites.addActionCommentForViewer(ctx.viewer, { actionId: randomUUID(), body });
      return { done: (await ctx.app.db.actionComment.count({ where: { body } })) === 1, sameAsMissing: same(result, missing) };
    },
    delete: async (ctx) => {
      const id = await freshAction(ctx, scope);
      const result = await ctx.app.actionWrites.deleteActionForViewer(ctx.viewer, { id });
      const missing = await ctx.app.actionWrites.deleteActionForViewer(ctx.viewer, { id: randomUUID() });
      const row = await ctx.app.db.followUpAction.findUniqueOrThrow({ where: { id } });
      return { done: row.deletedAt !== null, sameAsMissing: same(result, missing) };
    },
  };
}

type TPositionStatus = "DRAFT" | "AGREED" | "DELIVERED";
const POSITION_THEME = { DRAFT: THEMES.draft, AGREED: THEMES.agreed, DELIVERED: THEMES.delivered } as const;
/** The canary of each position's first revision (the delivered one's is in its history only). */
const FIRST_REVISION_CANARY = { DRAFT: "positionDraft", AGREED: "positionAgreed", DELIVERED: "positionDeliveredHistory" } as const;
const CURRENT_CANARY = { DRAFT: "positionDraft", AGREED: "positionAgreed", DELIVERED: "positionDelivered" } as const;

async function governmentPosition(ctx: TContext, code: string) {
  return ctx.app.db.groupPosition.findFirstOrThrow({ where: { group: "GOVERNMENT", theme: { code, meeting: { slug: SLUG } } } });
}

function positionProbes(status: TPositionStatus): Partial<Record<TOperation, TProbe>> {
  const code = POSITION_THEME[status];
  return {
    read: async (ctx) => {
      const position = await ctx.app.positions.findPositionForViewer(ctx.viewer, SLUG, code, "GOVERNMENT");
      return { done: Boolean(position?.body.includes(ctx.world.canaries[CURRENT_CANARY[status]])) };
    },
    history: async (ctx) => {
      const theme = await ctx.app.positions.findThemeRefForViewer(ctx.viewer, SLUG, code);
      if (!theme) throw new Error("the theme itself should be visible");
      const ref = { theme, group: "GOVERNMENT" } as const;
      const [revisions, bodies] = await Promise.all([
        ctx.app.positions.listRevisionsForViewer(ctx.viewer, ref),
        ctx.app.positions.revisionBodiesForViewer(ctx.viewer, ref, [1]),
      ]);
      const listed = revisions.total > 0;
      const firstText = Boolean(bodies.get(1)?.includes(ctx.world.canaries[FIRST_REVISION_CANARY[status]]));
      if (listed !== firstText) throw new Error(`history listed=${listed} but first revision text shown=${firstText}`);
      return { done: listed };
    },
    matrixStatus: async (ctx) => {
      const matrix = await ctx.app.matrix.loadPositionsMatrix(ctx.viewer, SLUG);
      const cell = matrix?.rows.find((r) => r.theme.code === code)?.cells.GOVERNMENT;
      if (!cell) throw new Error("the matrix should list the theme");
      if (cell.kind === "notDelivered") return { done: false };
      const shown = cell.kind === "delivered" ? "DELIVERED" : cell.status;
      if (shown !== status) throw new Error(`matrix shows ${shown} for a ${status} position`);
      return { done: true };
    },
    edit: async (ctx) => {
      const before = await governmentPosition(ctx, code);
      const body = `${before.body} ${uniqueText("edit")}`;
      await ctx.app.positionWrites.savePositionText(ctx.viewer, SLUG, code, { body, baseRevision: before.revision });
      return { done: (await governmentPosition(ctx, code)).body === body };
    },
    status: async (ctx) => {
      if (status === "DELIVERED") throw new Error("no status cell for delivered positions");
      const target = await freshPosition(ctx, status);
      const to = status === "DRAFT" ? "AGREED" : "DELIVERED";
      await ctx.app.positionWrites.changePositionStatus(ctx.viewer, SLUG, target.code, { to, baseRevision: target.revision });
      return { done: (await governmentPosition(ctx, target.code)).status === to };
    },
    agree: async (ctx) => {
      const target = await freshPosition(ctx, "AGREED");
      const agreements = () => ctx.app.db.auditLog.count({ where: { action: "position.agree", entityId: target.positionId } });
      const before = await agreements();
      await ctx.app.positionWrites.agreeToPosition(ctx.viewer, SLUG, target.code, { baseRevision: target.revision });
      return { done: (await agreements()) === before + 1 };
    },
  };
}

function stanceProbes(status: "DRAFT" | "DELIVERED"): Partial<Record<TOperation, TProbe>> {
  const code = POSITION_THEME[status];
  const canary = status === "DRAFT" ? "stanceDraft" : "stanceDelivered";
  const themeId = (ctx: TContext) => (status === "DRAFT" ? ctx.world.themeIds.draft : ctx.world.themeIds.delivered);
  const lkStance = (ctx: TContext) => ctx.app.db.stance.findFirstOrThrow({ where: { themeId: themeId(ctx), delegationId: ctx.world.lkId } });
  return {
    read: async (ctx) => {
      const list = await ctx.app.stances.listGroupStancesForViewer(ctx.viewer, SLUG, code);
      return { done: Boolean(list?.stances.some((s) => s.delegation === LK_NAME && s.note.includes(ctx.world.canaries[canary]))) };
    },
    count: async (ctx) => {
      const summary = await ctx.app.stances.countStancesForViewer(ctx.viewer, themeId(ctx), "GOVERNMENT");
      if (summary && summary.recorded < 1) throw new Error("Sri Lanka's stance should be counted");
      return { done: summary !== null };
    },
    set: async (ctx) => {
      const note = `${ctx.world.texts.stanceDraft} ${uniqueText("set")}`;
      await ctx.app.stances.setStanceForViewer(ctx.viewer, SLUG, code, { value: "SUPPORT_WITH_AMENDMENTS", note });
      return { done: (await lkStance(ctx)).note === note };
    },
  };
}

const stancePermissionProbes: Partial<Record<TOperation, TProbe>> = {
  list: async (ctx) => {
    const delegates = await ctx.app.stances.listStanceDelegatesForViewer(ctx.viewer);
    return { done: Boolean(delegates?.some((d) => d.id === ctx.world.stanceDelegateId)) };
  },
  set: async (ctx) => {
    const person = await inviteIntoLk(ctx.app, await as(ctx, "headLk"), ctx.world.lkId, "stance-target", true);
    const result = await ctx.app.stances.setStancePermissionForViewer(ctx.viewer, { userId: person.id, allowed: true });
    const missing = await ctx.app.stances.setStancePermissionForViewer(ctx.viewer, { userId: randomUUID(), allowed: true });
    const row = await ctx.app.db.user.findUniqueOrThrow({ where: { id: person.id } });
    return { done: row.maySetStance, sameAsMissing: same(result, missing) };
  },
};

const peopleProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (ctx) => {
    const delegation = await ctx.app.admin.findDelegationForAdmin(ctx.viewer, ctx.world.lkId);
    return { done: Boolean(delegation?.members.some((m) => m.email === ctx.world.invitee.email)) };
  },
  invite: async (ctx) => {
    const email = `matrix-${randomUUID().slice(0, 8)}@gov.demo`;
    const input = { email, name: "Matrix invitee", role: "DELEGATE" } as const;
    const result = await ctx.app.people.invitePerson(ctx.viewer, ctx.world.lkId, input);
    const missing = await ctx.app.people.invitePerson(ctx.viewer, randomUUID(), { ...input, email: `x-${email}` });
    const created = await ctx.app.db.user.count({ where: { email, delegationId: ctx.world.lkId } });
    return { done: created === 1, sameAsMissing: same(result, missing) };
  },
  changeRole: async (ctx) => {
    const person = await inviteIntoLk(ctx.app, await as(ctx, "headLk"), ctx.world.lkId, "role-target", false);
    const result = await ctx.app.people.changeRole(ctx.viewer, person.id, "ADVISER");
    const missing = await ctx.app.people.changeRole(ctx.viewer, randomUUID(), "ADVISER");
    const row = await ctx.app.db.user.findUniqueOrThrow({ where: { id: person.id } });
    return { done: row.role === "ADVISER", sameAsMissing: same(result, missing) };
  },
  deactivate: async (ctx) => {
    const person = await inviteIntoLk(ctx.app, await as(ctx, "headLk"), ctx.world.lkId, "deactivate-target", true);
    const result = await ctx.app.people.setPersonActive(ctx.viewer, person.id, false);
    const missing = await ctx.app.people.setPersonActive(ctx.viewer, randomUUID(), false);
    const row = await ctx.app.db.user.findUniqueOrThrow({ where: { id: person.id } });
    return { done: !row.active, sameAsMissing: same(result, missing) };
  },
  resend: async (ctx) => {
    const person = await inviteIntoLk(ctx.app, await as(ctx, "headLk"), ctx.world.lkId, "resend-target", false);
    const result = await ctx.app.people.resendInvitation(ctx.viewer, person.id);
    const missing = await ctx.app.people.resendInvitation(ctx.viewer, randomUUID());
    const invitations = await ctx.app.db.invitation.count({ where: { userId: person.id } });
    return { done: invitations === 2, sameAsMissing: same(result, missing) };
  },
};

// ── People's own pages: the person the resource names, found (or not) by id, listed
// (or not) in the directory, and with (or without) their address.

const PERSON_TARGET = {
  "person.delegation": "adviserLk",
  "person.group": "delegatePh",
  "person.secretariat": "secretariat",
  "person.deactivated": "deactivated",
} as const;

function personProbes(resource: keyof typeof PERSON_TARGET): Partial<Record<TOperation, TProbe>> {
  const target = async (ctx: TContext) =>
    ctx.app.db.user.findUniqueOrThrow({ where: { id: ctx.world.userIds[PERSON_TARGET[resource]] }, select: { id: true, name: true, email: true } });
  return {
    read: async (ctx) => {
      const person = await target(ctx);
      const found = await ctx.app.peopleReads.findPersonForViewer(ctx.viewer, person.id);
      const missing = await ctx.app.peopleReads.findPersonForViewer(ctx.viewer, randomUUID());
      return { done: found?.name === person.name, sameAsMissing: same(found, missing) };
    },
    list: async (ctx) => {
      const person = await target(ctx);
      const { people } = await ctx.app.peopleReads.listPeopleForViewer(ctx.viewer);
      return { done: people.some((p) => p.id === person.id) };
    },
    email: async (ctx) => {
      const person = await target(ctx);
      const found = await ctx.app.peopleReads.findPersonForViewer(ctx.viewer, person.id);
      const listed = (await ctx.app.peopleReads.listPeopleForViewer(ctx.viewer)).people.find((p) => p.id === person.id);
      // The directory never shows more than the page does.
      if (listed?.email && listed.email !== found?.email) throw new Error("the directory shows an address the page does not");
      return { done: json(found).includes(person.email) };
    },
  };
}

const ALL_ROWS = 100_000;

const auditDelegationProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (ctx) => {
    const page = await ctx.app.audit.listAuditEntriesForViewer(ctx.viewer, { entityType: "FollowUpAction" }, ALL_ROWS);
    return { done: Boolean(page && json(page.rows).includes(ctx.world.canaries.auditDelegation)) };
  },
  export: async (ctx) => {
    const rows: unknown[] = [];
    for await (const batch of ctx.app.audit.iterateAuditEntriesForViewer(ctx.viewer, { entityType: "FollowUpAction" })) rows.push(...batch);
    return { done: json(rows).includes(ctx.world.canaries.auditDelegation) };
  },
};

const auditAdminProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (ctx) => {
    const page = await ctx.app.audit.listAuditEntriesForViewer(ctx.viewer, { entityType: "User" }, ALL_ROWS);
    return { done: Boolean(page?.rows.some((r) => r.action === "user.invite" && r.entityId === ctx.world.invitee.id)) };
  },
};

const themeProbes: Partial<Record<TOperation, TProbe>> = {
  read: async (ctx) => ({ done: (await ctx.app.meetings.findThemeForViewer(ctx.viewer, SLUG, THEMES.read)) !== null }),
  list: async (ctx) => {
    const meeting = await ctx.app.meetings.findMeetingForViewer(ctx.viewer, SLUG);
    return { done: Boolean(meeting?.themes.some((t) => t.code === THEMES.read)) };
  },
  annotate: async (ctx) => {
    const body = uniqueText("matrix public note");
    const input = (themeId: string) => ({ themeId, body, scope: "ALL", tags: "", anchor: null });
    const result = await ctx.app.notes.createAnnotation(ctx.viewer, input(ctx.world.themeIds.annotate));
    const missing = await ctx.app.notes.createAnnotation(ctx.viewer, input(randomUUID()));
    const created = await ctx.app.db.annotation.count({ where: { body, themeId: ctx.world.themeIds.annotate } });
    return { done: created === 1, sameAsMissing: same(result, missing) };
  },
};

export const PROBES: Record<TResource, Partial<Record<TOperation, TProbe>>> = {
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
