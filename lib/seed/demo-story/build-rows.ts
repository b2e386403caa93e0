// Turns the demo's story (notes, actions, positions, stances) into the rows the app
// itself would have written: stored HTML beside every Markdown source, anchors
// computed from the background text, the history of every action and position, the
// notifications each write sends, and an audit row per write, each dated when it
// happened in the story. Pure: the database ids it needs come in through `context`.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus, ConstituentGroup, UserRole } from "@/lib/generated/prisma/enums";
import { RENDERER_VERSION, renderMarkdown } from "@/lib/markdown/render";
import { selectorFor } from "@/lib/annotations/anchoring";
import { notePath } from "@/lib/annotations/paths";
import { positionHref } from "@/lib/positions/paths";
import { STORY_NOTES } from "./notes";
import { STORY_ACTIONS, type TStoryAction } from "./actions";
import { STORY_POSITIONS } from "./positions";
import { STANCE_LETTERS, STANCE_NOTES, STANCE_THEMES, STORY_STANCES } from "./stances";
import { addMinutes, storyDay, storyMoment } from "./story-time";
import { storyId } from "./story-ids";

export type TStoryPersonRef = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  delegationId: string;
  delegationName: string;
  group: ConstituentGroup;
};

export type TStoryThemeRef = {
  id: string;
  code: string;
  title: string;
  meetingId: string;
  meetingSlug: string;
  paragraphs: { id: string; position: number; text: string }[];
};

export type TStoryContext = {
  person(email: string): TStoryPersonRef;
  theme(code: string): TStoryThemeRef | undefined;
  meetingId(slug: string): string | undefined;
  delegationId(name: string): string | undefined;
  /** The head of a delegation, who records its stances. */
  headOf(delegationName: string): TStoryPersonRef | undefined;
  /** Active members of a group's delegations, told when the group's position moves. */
  groupMembers(group: ConstituentGroup): TRecipient[];
  /** A position or stance someone already wrote: the story leaves it as it is. */
  hasPosition(themeId: string, group: ConstituentGroup): boolean;
  hasStance(themeId: string, delegationId: string): boolean;
};

/** Who a notification is for; its id comes from the address, the same on every database. */
type TRecipient = { id: string; email: string };

export type TStoryRows = {
  annotations: Prisma.AnnotationCreateManyInput[];
  replies: Prisma.AnnotationReplyCreateManyInput[];
  actions: Prisma.FollowUpActionCreateManyInput[];
  actionEvents: Prisma.ActionEventCreateManyInput[];
  actionComments: Prisma.ActionCommentCreateManyInput[];
  positions: Prisma.GroupPositionCreateManyInput[];
  positionRevisions: Prisma.PositionRevisionCreateManyInput[];
  positionAgreements: Prisma.PositionAgreementCreateManyInput[];
  stances: Prisma.StanceCreateManyInput[];
  stanceChanges: Prisma.StanceChangeCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
  audit: Prisma.AuditLogCreateManyInput[];
};

// Notifications from the last week before the workspace date are still unread; older
// ones were read the next day, as a busy delegate would.
const UNREAD_FROM = storyMoment("09-10 00:00");

const rendered = (source: string) => ({ html: renderMarkdown(source), renderVersion: RENDERER_VERSION });
const actingAs = (p: TStoryPersonRef) => `${p.delegationName} — ${p.name}`;

export function buildStoryRows(context: TStoryContext): TStoryRows {
  const rows: TStoryRows = {
    annotations: [], replies: [], actions: [], actionEvents: [], actionComments: [], positions: [],
    positionRevisions: [], positionAgreements: [], stances: [], stanceChanges: [], notifications: [], audit: [],
  };

  const audit = (actor: TStoryPersonRef, action: string, entityType: string, entityId: string, at: Date, summary?: Prisma.InputJsonValue) =>
    rows.audit.push({ actorId: actor.id, delegationId: actor.delegationId, action, entityType, entityId, summary, createdAt: at });

  const notify = (to: TRecipient, actorId: string, kind: string, payload: Prisma.InputJsonValue, href: string, at: Date, key: string) => {
    if (to.id === actorId) return;
    rows.notifications.push({
      id: storyId("notification", `${key}>${to.email}`),
      userId: to.id,
      kind,
      payload,
      href,
      readAt: at >= UNREAD_FROM ? null : addMinutes(at, 24 * 60),
      createdAt: at,
    });
  };

  // ── Notes and replies
  const noteIds = new Map<string, string>();
  for (const note of STORY_NOTES) {
    const theme = context.theme(note.theme);
    if (!theme) continue;
    const author = context.person(note.by);
    const id = storyId("note", note.key);
    noteIds.set(note.key, id);
    const at = storyMoment(note.at);
    const paragraph = note.quote ? theme.paragraphs.find((p) => p.position === note.quote!.paragraph) : undefined;
    const start = paragraph && note.quote ? paragraph.text.indexOf(note.quote.exact) : -1;
    // A quote the (edited) text no longer holds leaves a note on the whole theme.
    const anchor = paragraph && start >= 0 ? selectorFor(paragraph.text, start, start + note.quote!.exact.length) : null;
    const body = rendered(note.body);
    rows.annotations.push({
      id,
      themeId: theme.id,
      authorId: author.id,
      delegationId: author.delegationId,
      group: author.group,
      scope: note.scope,
      body: note.body,
      bodyHtml: body.html,
      renderVersion: body.renderVersion,
      tags: note.tags ?? [],
      paragraphId: anchor ? paragraph!.id : null,
      quoteExact: anchor?.exact ?? null,
      quotePrefix: anchor?.prefix ?? null,
      quoteSuffix: anchor?.suffix ?? null,
      positionStart: anchor?.start ?? null,
      positionEnd: anchor?.end ?? null,
      resolvedAt: note.resolved ? storyMoment(note.resolved) : null,
      resolvedById: note.resolved ? author.id : null,
      createdAt: at,
      // Replies are rows of their own; resolving is a change of the note.
      updatedAt: note.resolved ? storyMoment(note.resolved) : at,
    });
    audit(author, "annotation.create", "Annotation", id, at, { themeId: theme.id, scope: note.scope, anchored: anchor !== null, tags: note.tags?.length ?? 0, mentioned: 0 });
    const href = notePath(theme.meetingSlug, theme.code, id);
    for (const [i, reply] of (note.replies ?? []).entries()) {
      const by = context.person(reply.by);
      const replyId = storyId("reply", `${note.key}#${i}`);
      const replyAt = storyMoment(reply.at);
      const replyBody = rendered(reply.body);
      rows.replies.push({
        id: replyId,
        annotationId: id,
        authorId: by.id,
        delegationId: by.delegationId,
        body: reply.body,
        bodyHtml: replyBody.html,
        renderVersion: replyBody.renderVersion,
        createdAt: replyAt,
        updatedAt: replyAt,
      });
      notify(author, by.id, "annotation.reply", { key: "annotations.notifications.reply", values: { person: by.name, delegation: by.delegationName, theme: theme.code } }, href, replyAt, `reply:${replyId}`);
      audit(by, "annotation.reply", "AnnotationReply", replyId, replyAt, { annotationId: id, mentioned: 0 });
    }
    if (note.resolved) audit(author, "annotation.resolve", "Annotation", id, storyMoment(note.resolved));
  }

  // ── Follow-up actions
  for (const action of STORY_ACTIONS) addAction(context, rows, action, noteIds, audit, notify);

  // ── Group positions
  for (const position of STORY_POSITIONS) {
    const theme = context.theme(position.theme);
    if (!theme || context.hasPosition(theme.id, position.group)) continue;
    const id = storyId("position", `${position.theme}|${position.group}`);
    const href = positionHref(theme.meetingSlug, theme.code, position.group);
    let number = 0;
    let body = "";
    let last: { by: TStoryPersonRef; at: Date } | null = null;
    const revision = (by: TStoryPersonRef, at: Date, status: "DRAFT" | "AGREED" | "DELIVERED") => {
      number += 1;
      rows.positionRevisions.push({ id: storyId("position-revision", `${id}#${number}`), positionId: id, number, body, status, authorId: by.id, delegationId: by.delegationId, createdAt: at });
      last = { by, at };
    };
    for (const text of position.revisions) {
      const by = context.person(text.by);
      const at = storyMoment(text.at);
      body = text.body;
      revision(by, at, "DRAFT");
      audit(by, "position.save", "GroupPosition", id, at, { theme: theme.code, group: position.group, revision: number });
    }
    const moveTo = (status: "AGREED" | "DELIVERED", step: { by: string; at: string }) => {
      const by = context.person(step.by);
      const at = storyMoment(step.at);
      revision(by, at, status);
      audit(by, "position.status", "GroupPosition", id, at, { theme: theme.code, group: position.group, to: status, revision: number });
      for (const member of context.groupMembers(position.group)) {
        notify(member, by.id, "position.status", { key: `positions.notifications.status.${status}`, values: { theme: theme.code, title: theme.title } }, href, at, `position:${id}#${number}`);
      }
      return at;
    };
    const agreedAt = position.agreed ? moveTo("AGREED", position.agreed) : null;
    if (position.agreed) {
      const agreedRevision = number;
      for (const step of [{ by: position.agreed.by, at: position.agreed.at }, ...(position.agreed.alsoAgreed ?? [])]) {
        const by = context.person(step.by);
        const at = storyMoment(step.at);
        rows.positionAgreements.push({ positionId: id, delegationId: by.delegationId, userId: by.id, revision: agreedRevision, createdAt: at });
        if (step.by !== position.agreed.by) audit(by, "position.agree", "GroupPosition", id, at, { theme: theme.code, group: position.group, revision: agreedRevision });
      }
    }
    const deliveredAt = position.delivered ? moveTo("DELIVERED", position.delivered) : null;
    const html = rendered(body);
    const final = last as { by: TStoryPersonRef; at: Date } | null;
    rows.positions.push({
      id,
      themeId: theme.id,
      group: position.group,
      status: deliveredAt ? "DELIVERED" : agreedAt ? "AGREED" : "DRAFT",
      body,
      bodyHtml: html.html,
      renderVersion: html.renderVersion,
      revision: number,
      updatedById: final?.by.id ?? null,
      agreedAt,
      deliveredAt,
      createdAt: storyMoment(position.revisions[0]!.at),
      updatedAt: final?.at ?? storyMoment(position.revisions[0]!.at),
    });
  }

  // ── Stances, each set by the delegation's head on a day of its own
  for (const [d, [delegation, letters]] of Object.entries(STORY_STANCES).entries()) {
    const head = context.headOf(delegation);
    const delegationId = context.delegationId(delegation);
    if (!head || !delegationId) continue;
    for (const [t, code] of STANCE_THEMES.entries()) {
      const value = STANCE_LETTERS[letters[t] ?? "."];
      const theme = context.theme(code);
      if (!value || !theme || context.hasStance(theme.id, delegationId)) continue;
      const id = storyId("stance", `${delegation}|${code}`);
      const note = STANCE_NOTES[`${delegation}|${code}`] ?? "";
      const at = addMinutes(storyMoment("08-20 06:00"), ((d * 7 + t * 5) % 25) * 24 * 60 + ((d + t) % 10) * 60);
      // Some delegations hesitated first: an earlier "undecided" in the history.
      const hesitated = value !== "UNDECIDED" && (d + t) % 4 === 0;
      if (hesitated) {
        const before = addMinutes(at, -5 * 24 * 60);
        rows.stanceChanges.push({ stanceId: id, value: "UNDECIDED", note: "", setById: head.id, createdAt: before });
        audit(head, "stance.set", "Stance", id, before, { theme: code, value: "UNDECIDED" });
      }
      rows.stances.push({ id, themeId: theme.id, delegationId, value, note, setById: head.id, createdAt: hesitated ? addMinutes(at, -5 * 24 * 60) : at, updatedAt: at });
      rows.stanceChanges.push({ stanceId: id, value, note, setById: head.id, createdAt: at });
      audit(head, "stance.set", "Stance", id, at, { theme: code, value });
    }
  }
  return rows;
}

type TAudit = (actor: TStoryPersonRef, action: string, entityType: string, entityId: string, at: Date, summary?: Prisma.InputJsonValue) => void;
type TNotify = (to: TRecipient, actorId: string, kind: string, payload: Prisma.InputJsonValue, href: string, at: Date, key: string) => void;

/** The creator and the assignee of an action, once each: who hears about its progress. */
const toldOf = (creator: TStoryPersonRef, assignee: TStoryPersonRef | null) => (assignee && assignee.id !== creator.id ? [creator, assignee] : [creator]);

/** One action with its events, comments, notifications and audit rows, as the app writes them. */
function addAction(context: TStoryContext, rows: TStoryRows, action: TStoryAction, noteIds: Map<string, string>, audit: TAudit, notify: TNotify) {
  const theme = action.theme ? context.theme(action.theme) : undefined;
  if (action.theme && !theme) return;
  const meetingId = theme?.meetingId ?? (action.meeting ? context.meetingId(action.meeting) : undefined) ?? null;
  const creator = context.person(action.by);
  const assignee = action.assignee ? context.person(action.assignee) : null;
  const id = storyId("action", action.key);
  const href = `/actions/${id}`;
  const created = storyMoment(action.created);
  const description = rendered(action.description ?? "");

  rows.actionEvents.push({
    actionId: id,
    actorId: creator.id,
    kind: "created",
    createdAt: created,
    changes: {
      title: { before: null, after: action.title },
      scope: { before: null, after: action.scope },
      status: { before: null, after: "OPEN" },
      priority: { before: null, after: action.priority },
      assigneeId: { before: null, after: assignee?.id ?? null },
      dueOn: { before: null, after: action.due ? storyDay(action.due).toISOString().slice(0, 10) : null },
      themeId: { before: null, after: theme?.id ?? null },
      meetingId: { before: null, after: meetingId },
    },
  });
  audit(creator, "action.create", "FollowUpAction", id, created, { scope: action.scope, assigneeId: assignee?.id ?? null });
  if (assignee) notify(assignee, creator.id, "action.assigned", { key: "actions.notifications.assigned", values: { title: action.title, by: actingAs(creator) } }, href, created, `assigned:${id}`);

  // Moves along the app's allowed path; whoever the action is assigned to does the work.
  const worker = assignee ?? creator;
  const moves: { to: ActionStatus; at: Date; reason?: string }[] = [];
  if (action.started) moves.push({ to: "IN_PROGRESS", at: storyMoment(action.started) });
  if (action.ended && action.status !== "IN_PROGRESS" && action.status !== "OPEN") moves.push({ to: action.status, at: storyMoment(action.ended), reason: action.blockedReason });
  let from: ActionStatus = "OPEN";
  for (const move of moves) {
    const changes: Record<string, { before: string | null; after: string | null }> = { status: { before: from, after: move.to } };
    if (move.reason) changes.blockedReason = { before: null, after: move.reason };
    rows.actionEvents.push({ actionId: id, actorId: worker.id, kind: "status", changes, createdAt: move.at });
    audit(worker, "action.status", "FollowUpAction", id, move.at, { from, to: move.to });
    for (const told of toldOf(creator, assignee)) {
      notify(told, worker.id, "action.status", { key: `actions.notifications.status.${move.to}`, values: { title: action.title, by: actingAs(worker) } }, href, move.at, `status:${id}>${move.to}`);
    }
    from = move.to;
  }
  if (from !== action.status) throw new Error(`demo story: action ${action.key} ends ${from}, not ${action.status}`);

  // Comments are rows of their own: they leave the action's updatedAt alone, as in the app.
  const updated = moves.at(-1)?.at ?? created;
  for (const [i, comment] of (action.comments ?? []).entries()) {
    const by = context.person(comment.by);
    const commentId = storyId("action-comment", `${action.key}#${i}`);
    const at = storyMoment(comment.at);
    const body = rendered(comment.body);
    rows.actionComments.push({ id: commentId, actionId: id, authorId: by.id, delegationId: by.delegationId, body: comment.body, bodyHtml: body.html, renderVersion: body.renderVersion, createdAt: at });
    audit(by, "action.comment", "ActionComment", commentId, at, { actionId: id });
    for (const told of toldOf(creator, assignee)) {
      notify(told, by.id, "action.comment", { key: "actions.notifications.commented", values: { title: action.title, by: actingAs(by) } }, `${href}#comment-${commentId}`, at, `comment:${commentId}`);
    }
  }

  rows.actions.push({
    id,
    title: action.title,
    description: action.description ?? "",
    descriptionHtml: description.html,
    renderVersion: description.renderVersion,
    meetingId,
    themeId: theme?.id ?? null,
    annotationId: action.note ? (noteIds.get(action.note) ?? null) : null,
    scope: action.scope,
    delegationId: creator.delegationId,
    group: creator.group,
    creatorId: creator.id,
    assigneeId: assignee?.id ?? null,
    dueOn: action.due ? storyDay(action.due) : null,
    priority: action.priority,
    status: action.status,
    blockedReason: action.status === "BLOCKED" ? (action.blockedReason ?? null) : null,
    version: 1 + moves.length,
    createdAt: created,
    updatedAt: updated,
  });
}
