import "server-only";
// Carrying an open follow-up action forward, from a High-level Dialogue roundtable to
// the technical-meeting theme that follows the roundtable up, in one of two ways:
// - moved: the action stays the same row, so its comments, events and assignee go
//   with it; the move is one "updated" event (theme and meeting, before and after:
//   the link back) and an "action.carry" audit row, in one transaction,
//   compare-and-set on the version like every edit;
// - copied: a new action on the theme with the same title, description, owner,
//   assignee, due date, priority and status, and `copiedFromId` naming the source;
//   a "copied" event on the copy, a "copiedTo" event on the source and an
//   "action.copy" audit row, in one transaction. Once per source and theme: checked
//   first for the message, held by the unique index (copiedFromId, themeId) when two
//   copies race.
// Who may: whoever may edit the action (lib/follow-up/capabilities.ts). An action the
// viewer cannot see, a target they cannot see or that does not follow the action's
// theme up, is "not found"; a finished action, one already on the theme or already
// copied there, is refused with a reason and nothing is written.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { visibleThemesWhere } from "@/lib/authz/visibility";
import { actionCapabilities } from "@/lib/follow-up/capabilities";
import { isUnfinished } from "@/lib/follow-up/status-transitions";
import { findThemeRefForViewer } from "@/lib/dal/positions";
import { isUniqueViolation } from "@/lib/services/service-result";
import { visibleActionsWhere } from "./actions-query";

export type TActionCarryOutcome =
  | { kind: "carried" }
  /** The copy, for the move to its page. */
  | { kind: "copied"; id: string }
  /** Already on the target theme (moved there, or it is the copy). */
  | { kind: "alreadyCarried" }
  /** A copy of it is on the target theme already. */
  | { kind: "alreadyCopied" }
  /** DONE or CANCELLED: nothing left to carry. */
  | { kind: "finished" }
  | { kind: "refused" }
  /** The action changed while this was being decided. */
  | { kind: "stale" }
  | { kind: "notFound" };

type TTarget = { id: string; code: string; meetingId: string };
type TRefusal = { outcome: Exclude<TActionCarryOutcome, { kind: "carried" | "copied" | "stale" }> };
const refusal = (kind: TRefusal["outcome"]["kind"]): TRefusal => ({ outcome: { kind } });

/** The action and the target theme, or the reason it may not be carried there. */
async function carriable(viewer: Viewer, actionId: string, meetingSlug: string, themeCode: string) {
  const ref = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!ref) return refusal("notFound");
  const action = await db.followUpAction.findFirst({
    // An action on a theme the viewer may not see (archived) is not found either.
    where: { AND: [{ id: actionId }, visibleActionsWhere(viewer), { theme: visibleThemesWhere(viewer) }] },
    select: {
      id: true,
      version: true,
      title: true,
      description: true,
      descriptionHtml: true,
      renderVersion: true,
      status: true,
      blockedReason: true,
      priority: true,
      dueOn: true,
      annotationId: true,
      scope: true,
      delegationId: true,
      group: true,
      creatorId: true,
      assigneeId: true,
      deletedAt: true,
      meetingId: true,
      themeId: true,
      theme: { select: { code: true, followedBy: { where: { themeId: ref.id }, select: { theme: { select: { meetingId: true } } } } } },
      copiedTo: { where: { themeId: ref.id }, select: { id: true } },
    },
  });
  if (!action) return refusal("notFound");
  if (action.themeId === ref.id) return refusal("alreadyCarried");
  const link = action.theme?.followedBy[0];
  if (!action.theme || !link) return refusal("notFound");
  if (!actionCapabilities(viewer, action).edit) return refusal("refused");
  if (!isUnfinished(action.status)) return refusal("finished");
  if (action.copiedTo.length > 0) return refusal("alreadyCopied");
  const target: TTarget = { id: ref.id, code: ref.code, meetingId: link.theme.meetingId };
  return { action: { ...action, sourceCode: action.theme.code }, target };
}

/** Moves the action to the theme (the same row: history, comments and assignee go with it). */
export async function carryAction(viewer: Viewer, actionId: string, meetingSlug: string, themeCode: string): Promise<TActionCarryOutcome> {
  const found = await carriable(viewer, actionId, meetingSlug, themeCode);
  if ("outcome" in found) return found.outcome;
  const { action, target } = found;
  return db.$transaction(async (tx): Promise<TActionCarryOutcome> => {
    const { count } = await tx.followUpAction.updateMany({
      where: { id: action.id, version: action.version, themeId: action.themeId, deletedAt: null },
      data: { themeId: target.id, meetingId: target.meetingId, version: { increment: 1 } },
    });
    // Someone changed the action since it was read: nothing written, try again.
    if (count === 0) return { kind: "stale" };
    const changes = {
      themeId: { before: action.themeId, after: target.id },
      meetingId: { before: action.meetingId, after: target.meetingId },
    };
    await tx.actionEvent.create({ data: { actionId: action.id, actorId: viewer.userId, kind: "updated", changes } });
    await tx.auditLog.create({
      data: auditEntry(viewer, "action.carry", { type: "FollowUpAction", id: action.id }, { from: action.sourceCode, to: target.code }),
    });
    return { kind: "carried" };
  });
}

/** Copies the action to the theme, linked to its source both ways. */
export async function copyAction(viewer: Viewer, actionId: string, meetingSlug: string, themeCode: string): Promise<TActionCarryOutcome> {
  const found = await carriable(viewer, actionId, meetingSlug, themeCode);
  if ("outcome" in found) return found.outcome;
  const { action, target } = found;
  try {
    return await db.$transaction(async (tx): Promise<TActionCarryOutcome> => {
      const copy = await tx.followUpAction.create({
        data: {
          title: action.title,
          description: action.description,
          descriptionHtml: action.descriptionHtml,
          renderVersion: action.renderVersion,
          meetingId: target.meetingId,
          themeId: target.id,
          annotationId: action.annotationId,
          scope: action.scope,
          // The copy belongs where the source does; the person copying created it.
          delegationId: action.delegationId,
          group: action.group,
          creatorId: viewer.userId,
          assigneeId: action.assigneeId,
          dueOn: action.dueOn,
          priority: action.priority,
          status: action.status,
          blockedReason: action.blockedReason,
          copiedFromId: action.id,
        },
        select: { id: true },
      });
      const link = { sourceId: action.id, copyId: copy.id, fromThemeId: action.themeId, toThemeId: target.id };
      await tx.actionEvent.createMany({
        data: [
          { actionId: copy.id, actorId: viewer.userId, kind: "copied", changes: link },
          { actionId: action.id, actorId: viewer.userId, kind: "copiedTo", changes: link },
        ],
      });
      await tx.auditLog.create({
        data: auditEntry(viewer, "action.copy", { type: "FollowUpAction", id: copy.id }, { from: action.sourceCode, to: target.code, sourceId: action.id }),
      });
      return { kind: "copied", id: copy.id };
    });
  } catch (error) {
    // A copy written since the check: this transaction rolled back whole.
    if (isUniqueViolation(error)) return { kind: "alreadyCopied" };
    throw error;
  }
}
