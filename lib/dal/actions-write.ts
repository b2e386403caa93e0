import "server-only";
// Every change to a follow-up action: create, edit (and reassign), move status,
// comment, delete. Each function takes the Viewer explicitly, checks what it may do
// (visibility first: an action the viewer cannot see is "notFound", exactly as if it
// did not exist), and writes the change, its history event, any notification and its
// audit row in ONE transaction. Edits compare-and-set on `version` (status moves on
// the status the person saw), so a stale form is a conflict, never an overwrite.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionPriority, ActionStatus, ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { can } from "@/lib/authz/permissions";
import { visibleAnnotationsWhere, visibleMeetingsWhere, visibleThemesWhere } from "@/lib/authz/visibility";
import { createNotifications, type TNotificationInput } from "@/lib/dal/notifications";
import { actionCapabilities } from "@/lib/follow-up/capabilities";
import { transition } from "@/lib/follow-up/status-transitions";
import type { TActionCreateInput, TActionUpdateInput, TCommentInput, TStatusChangeInput } from "@/lib/validation/follow-up-actions";
import { visibleActionsWhere } from "./actions-query";
import { renderBody, renderDescription } from "@/lib/markdown/stored";

export type TActionField =
  | "title"
  | "description"
  | "scope"
  | "meetingId"
  | "themeId"
  | "annotationId"
  | "assigneeId"
  | "dueOn"
  | "priority"
  | "status"
  | "blockedReason"
  | "body";
export type TFieldErrors = Partial<Record<TActionField, string>>;

/** The stored state of an action, shown beside the typed values on a conflict. */
export type TActionSnapshot = {
  version: number;
  title: string;
  description: string;
  meetingId: string | null;
  themeId: string | null;
  assigneeId: string | null;
  dueOn: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  blockedReason: string | null;
  updatedAt: string;
};

export type TWriteResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; reason: "notFound" }
  | { ok: false; reason: "forbidden" }
  | { ok: false; reason: "invalid"; fieldErrors: TFieldErrors }
  | { ok: false; reason: "conflict"; current: TActionSnapshot };

const NOT_FOUND = { ok: false, reason: "notFound" } as const;
const FORBIDDEN = { ok: false, reason: "forbidden" } as const;
const invalid = (fieldErrors: TFieldErrors) => ({ ok: false, reason: "invalid", fieldErrors }) as const;

/** Thrown inside a transaction when the compare-and-set found a newer row. */
class StaleWrite extends Error {}

const toDate = (s: string | undefined | null) => (s ? new Date(`${s}T00:00:00.000Z`) : null);
const actingAs = (viewer: Viewer) => (viewer.delegation ? `${viewer.delegation.name} — ${viewer.name}` : viewer.name);
const actionHref = (id: string) => `/actions/${id}`;

const SNAPSHOT_SELECT = {
  id: true,
  version: true,
  title: true,
  description: true,
  meetingId: true,
  themeId: true,
  assigneeId: true,
  dueOn: true,
  priority: true,
  status: true,
  blockedReason: true,
  updatedAt: true,
  scope: true,
  delegationId: true,
  group: true,
  creatorId: true,
  deletedAt: true,
} as const satisfies Prisma.FollowUpActionSelect;

type TLoaded = Prisma.FollowUpActionGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

function snapshot(a: TLoaded): TActionSnapshot {
  return {
    version: a.version,
    title: a.title,
    description: a.description,
    meetingId: a.meetingId,
    themeId: a.themeId,
    assigneeId: a.assigneeId,
    dueOn: isoDate(a.dueOn),
    priority: a.priority,
    status: a.status,
    blockedReason: a.blockedReason,
    updatedAt: a.updatedAt.toISOString(),
  };
}

async function loadVisible(viewer: Viewer, id: string): Promise<TLoaded | null> {
  return db.followUpAction.findFirst({ where: { AND: [{ id }, visibleActionsWhere(viewer)] }, select: SNAPSHOT_SELECT });
}

// ── Links to meetings, themes and notes: only ones the viewer may see.

type TLinks = { meetingId: string | null; themeId: string | null; annotationId: string | null };

async function resolveLinks(
  viewer: Viewer,
  input: { meetingId?: string; themeId?: string; annotationId?: string },
): Promise<{ ok: true; links: TLinks } | { ok: false; fieldErrors: TFieldErrors }> {
  let themeId = input.themeId ?? null;
  if (input.annotationId) {
    const note = await db.annotation.findFirst({
      where: { AND: [{ id: input.annotationId, hiddenAt: null }, visibleAnnotationsWhere(viewer)] },
      select: { themeId: true },
    });
    if (!note) return { ok: false, fieldErrors: { annotationId: "actions.errors.noteNotFound" } };
    if (themeId && themeId !== note.themeId) return { ok: false, fieldErrors: { themeId: "actions.errors.themeNotOfNote" } };
    themeId = note.themeId;
  }
  if (themeId) {
    const theme = await db.theme.findFirst({ where: { AND: [{ id: themeId }, visibleThemesWhere(viewer)] }, select: { meetingId: true } });
    if (!theme) return { ok: false, fieldErrors: { themeId: "actions.errors.invalidChoice" } };
    if (input.meetingId && input.meetingId !== theme.meetingId) {
      return { ok: false, fieldErrors: { themeId: "actions.errors.themeNotInMeeting" } };
    }
    // The meeting follows from the theme, so filtering by meeting finds it.
    return { ok: true, links: { meetingId: theme.meetingId, themeId, annotationId: input.annotationId ?? null } };
  }
  if (input.meetingId) {
    const meeting = await db.meeting.findFirst({ where: { id: input.meetingId, ...visibleMeetingsWhere(viewer) }, select: { id: true } });
    if (!meeting) return { ok: false, fieldErrors: { meetingId: "actions.errors.invalidChoice" } };
  }
  return { ok: true, links: { meetingId: input.meetingId ?? null, themeId: null, annotationId: input.annotationId ?? null } };
}

/** DELEGATION actions go to a member of the owning delegation; GROUP ones to a member of any delegation of the group. */
async function findAssignable(assigneeId: string, owner: { scope: Scope; delegationId: string; group: ConstituentGroup }) {
  return db.user.findFirst({
    where: {
      id: assigneeId,
      active: true,
      delegation: { active: true, ...(owner.scope === "DELEGATION" ? { id: owner.delegationId } : { group: owner.group }) },
    },
    select: { id: true },
  });
}

const assigneeError = (scope: Scope) =>
  scope === "DELEGATION" ? "actions.errors.assigneeNotInDelegation" : "actions.errors.assigneeNotInGroup";

function assignedNotification(viewer: Viewer, actionId: string, title: string, assigneeId: string): TNotificationInput {
  return {
    userId: assigneeId,
    kind: "action.assigned",
    payload: { key: "actions.notifications.assigned", values: { title, by: actingAs(viewer) } },
    href: actionHref(actionId),
  };
}

// ── Create

export async function createActionForViewer(viewer: Viewer, input: TActionCreateInput): Promise<TWriteResult<{ id: string }>> {
  if (!viewer.delegation || !can(viewer, "actions.create")) return FORBIDDEN;
  const owner = { scope: input.scope, delegationId: viewer.delegation.id, group: viewer.delegation.group };
  // Observers have no constituent-group work: their actions stay within their delegation.
  if (input.scope === "GROUP" && owner.group === "OBSERVER") return invalid({ scope: "actions.errors.groupScopeObserver" });
  const resolved = await resolveLinks(viewer, input);
  if (!resolved.ok) return invalid(resolved.fieldErrors);
  if (input.assigneeId && !(await findAssignable(input.assigneeId, owner))) return invalid({ assigneeId: assigneeError(input.scope) });

  const data = {
    title: input.title,
    description: input.description,
    ...renderDescription(input.description),
    ...resolved.links,
    scope: input.scope,
    delegationId: owner.delegationId,
    group: owner.group,
    creatorId: viewer.userId,
    assigneeId: input.assigneeId ?? null,
    dueOn: toDate(input.dueOn),
    priority: input.priority,
  };
  const created = await db.$transaction(async (tx) => {
    const action = await tx.followUpAction.create({ data, select: { id: true } });
    await tx.actionEvent.create({
      data: {
        actionId: action.id,
        actorId: viewer.userId,
        kind: "created",
        changes: {
          title: { before: null, after: data.title },
          scope: { before: null, after: data.scope },
          status: { before: null, after: "OPEN" },
          priority: { before: null, after: data.priority },
          assigneeId: { before: null, after: data.assigneeId },
          dueOn: { before: null, after: input.dueOn ?? null },
          themeId: { before: null, after: data.themeId },
          meetingId: { before: null, after: data.meetingId },
        },
      },
    });
    if (data.assigneeId) await createNotifications(tx, viewer.userId, [assignedNotification(viewer, action.id, data.title, data.assigneeId)]);
    await tx.auditLog.create({
      data: auditEntry(viewer, "action.create", { type: "FollowUpAction", id: action.id }, { scope: data.scope, assigneeId: data.assigneeId }),
    });
    return action;
  });
  return { ok: true, value: created };
}

// ── Edit and reassign

const EDITABLE = ["title", "description", "meetingId", "themeId", "assigneeId", "dueOn", "priority"] as const;
type TEditable = (typeof EDITABLE)[number];

export async function updateActionForViewer(viewer: Viewer, input: TActionUpdateInput): Promise<TWriteResult<{ version: number }>> {
  const current = await loadVisible(viewer, input.id);
  if (!current) return NOT_FOUND;
  const caps = actionCapabilities(viewer, current);
  if (!caps.edit) return FORBIDDEN;
  if (current.version !== input.version) return { ok: false, reason: "conflict", current: snapshot(current) };

  const resolved = await resolveLinks(viewer, { meetingId: input.meetingId, themeId: input.themeId });
  if (!resolved.ok) return invalid(resolved.fieldErrors);
  const next: Record<TEditable, string | null> = {
    title: input.title,
    description: input.description,
    meetingId: resolved.links.meetingId,
    themeId: resolved.links.themeId,
    assigneeId: input.assigneeId ?? null,
    dueOn: input.dueOn ?? null,
    priority: input.priority,
  };
  const before = snapshot(current);
  const changed = EDITABLE.filter((f) => before[f] !== next[f]);
  if (changed.length === 0) return { ok: true, value: { version: current.version } };
  const reassigned = changed.includes("assigneeId");
  if (reassigned && !caps.reassign) return FORBIDDEN;
  if (reassigned && next.assigneeId && !(await findAssignable(next.assigneeId, current))) {
    return invalid({ assigneeId: assigneeError(current.scope) });
  }

  try {
    const version = await db.$transaction(async (tx) => {
      const { count } = await tx.followUpAction.updateMany({
        where: { id: current.id, version: input.version, deletedAt: null },
        data: {
          title: next.title!,
          description: next.description!,
          ...renderDescription(next.description!),
          meetingId: next.meetingId,
          themeId: next.themeId,
          assigneeId: next.assigneeId,
          dueOn: toDate(next.dueOn),
          priority: next.priority as ActionPriority,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw new StaleWrite();
      const changes = Object.fromEntries(changed.map((f) => [f, { before: before[f], after: next[f] }]));
      await tx.actionEvent.create({ data: { actionId: current.id, actorId: viewer.userId, kind: "updated", changes } });
      if (reassigned && next.assigneeId) {
        await createNotifications(tx, viewer.userId, [assignedNotification(viewer, current.id, next.title!, next.assigneeId)]);
      }
      await tx.auditLog.create({
        data: auditEntry(viewer, reassigned ? "action.reassign" : "action.update", { type: "FollowUpAction", id: current.id }, { fields: changed }),
      });
      return input.version + 1;
    });
    return { ok: true, value: { version } };
  } catch (error) {
    if (!(error instanceof StaleWrite)) throw error;
    const latest = await loadVisible(viewer, input.id);
    return latest ? { ok: false, reason: "conflict", current: snapshot(latest) } : NOT_FOUND;
  }
}

// ── Status

export async function changeActionStatusForViewer(viewer: Viewer, input: TStatusChangeInput): Promise<TWriteResult<{ status: ActionStatus }>> {
  const current = await loadVisible(viewer, input.id);
  if (!current) return NOT_FOUND;
  if (!actionCapabilities(viewer, current).changeStatus) return FORBIDDEN;
  if (current.status !== input.fromStatus) return { ok: false, reason: "conflict", current: snapshot(current) };
  const move = transition(current.status, input.status, input.blockedReason);
  if (!move.ok) {
    return invalid(move.error === "reasonRequired" ? { blockedReason: "actions.errors.reasonRequired" } : { status: "actions.errors.illegalTransition" });
  }
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.followUpAction.updateMany({
        where: { id: current.id, status: input.fromStatus, deletedAt: null },
        data: { status: move.status, blockedReason: move.blockedReason, version: { increment: 1 } },
      });
      if (count === 0) throw new StaleWrite();
      const changes: Record<string, { before: string | null; after: string | null }> = { status: { before: current.status, after: move.status } };
      if (current.blockedReason !== move.blockedReason) changes.blockedReason = { before: current.blockedReason, after: move.blockedReason };
      await tx.actionEvent.create({ data: { actionId: current.id, actorId: viewer.userId, kind: "status", changes } });
      // The creator and the assignee hear about progress they did not make themselves.
      const told = [...new Set([current.creatorId, current.assigneeId].filter((id): id is string => id !== null))];
      await createNotifications(
        tx,
        viewer.userId,
        told.map((userId) => ({
          userId,
          kind: "action.status",
          payload: { key: `actions.notifications.status.${move.status}`, values: { title: current.title, by: actingAs(viewer) } },
          href: actionHref(current.id),
        })),
      );
      await tx.auditLog.create({
        data: auditEntry(viewer, "action.status", { type: "FollowUpAction", id: current.id }, { from: current.status, to: move.status }),
      });
    });
    return { ok: true, value: { status: move.status } };
  } catch (error) {
    if (!(error instanceof StaleWrite)) throw error;
    const latest = await loadVisible(viewer, input.id);
    return latest ? { ok: false, reason: "conflict", current: snapshot(latest) } : NOT_FOUND;
  }
}

// ── Comments

export async function addActionCommentForViewer(viewer: Viewer, input: TCommentInput): Promise<TWriteResult<{ id: string }>> {
  const current = await loadVisible(viewer, input.actionId);
  if (!current) return NOT_FOUND;
  if (!actionCapabilities(viewer, current).comment || !viewer.delegation) return FORBIDDEN;
  const delegationId = viewer.delegation.id;
  const comment = await db.$transaction(async (tx) => {
    const created = await tx.actionComment.create({
      data: { actionId: current.id, authorId: viewer.userId, delegationId, body: input.body, ...renderBody(input.body) },
      select: { id: true },
    });
    const told = [...new Set([current.creatorId, current.assigneeId].filter((id): id is string => id !== null))];
    await createNotifications(
      tx,
      viewer.userId,
      told.map((userId) => ({
        userId,
        kind: "action.comment",
        payload: { key: "actions.notifications.commented", values: { title: current.title, by: actingAs(viewer) } },
        href: `${actionHref(current.id)}#comment-${created.id}`,
      })),
    );
    await tx.auditLog.create({ data: auditEntry(viewer, "action.comment", { type: "ActionComment", id: created.id }, { actionId: current.id }) });
    return created;
  });
  return { ok: true, value: comment };
}

// ── Delete (soft: the row and its history stay, for the audit trail)

export async function deleteActionForViewer(viewer: Viewer, input: { id: string }): Promise<TWriteResult> {
  const current = await loadVisible(viewer, input.id);
  if (!current) return NOT_FOUND;
  if (!actionCapabilities(viewer, current).delete) return FORBIDDEN;
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.followUpAction.updateMany({
      where: { id: current.id, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.actionEvent.create({ data: { actionId: current.id, actorId: viewer.userId, kind: "deleted", changes: {} } });
    await tx.auditLog.create({ data: auditEntry(viewer, "action.delete", { type: "FollowUpAction", id: current.id }, { title: current.title }) });
    return true;
  });
  return deleted ? { ok: true, value: undefined } : NOT_FOUND;
}
