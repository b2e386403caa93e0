import "server-only";
// Carrying an open follow-up action forward: an action on a High-level Dialogue
// roundtable moves to the technical-meeting theme that follows the roundtable up.
// The action stays the same row, so its comments, events and assignee go with it;
// the move is one "updated" event (theme and meeting, before and after: the link
// back) and an "action.carry" audit row, in one transaction, compare-and-set on the
// version like every edit. Who may: whoever may edit the action (lib/follow-up/
// capabilities.ts). An action the viewer cannot see, a target they cannot see or that
// does not follow the action's theme up, is "not found"; a finished action, or one
// already carried there, is refused with a reason and nothing is written.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { visibleThemesWhere } from "@/lib/authz/visibility";
import { actionCapabilities } from "@/lib/follow-up/capabilities";
import { isUnfinished } from "@/lib/follow-up/status-transitions";
import { findThemeRefForViewer } from "@/lib/dal/positions";
import { visibleActionsWhere } from "./actions-query";

export type TActionCarryOutcome =
  | { kind: "carried" }
  | { kind: "alreadyCarried" }
  /** DONE or CANCELLED: nothing left to carry. */
  | { kind: "finished" }
  | { kind: "refused" }
  /** The action changed while this was being decided. */
  | { kind: "stale" }
  | { kind: "notFound" };

export async function carryAction(viewer: Viewer, actionId: string, meetingSlug: string, themeCode: string): Promise<TActionCarryOutcome> {
  const target = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!target) return { kind: "notFound" };
  const action = await db.followUpAction.findFirst({
    // An action on a theme the viewer may not see (archived) is not found either.
    where: { AND: [{ id: actionId }, visibleActionsWhere(viewer), { theme: visibleThemesWhere(viewer) }] },
    select: {
      id: true,
      version: true,
      status: true,
      scope: true,
      delegationId: true,
      group: true,
      creatorId: true,
      assigneeId: true,
      deletedAt: true,
      meetingId: true,
      themeId: true,
      theme: { select: { code: true, followedBy: { where: { themeId: target.id }, select: { themeId: true } } } },
    },
  });
  if (!action) return { kind: "notFound" };
  if (action.themeId === target.id) return { kind: "alreadyCarried" };
  const theme = action.theme;
  if (!theme || theme.followedBy.length === 0) return { kind: "notFound" };
  if (!actionCapabilities(viewer, action).edit) return { kind: "refused" };
  if (!isUnfinished(action.status)) return { kind: "finished" };
  const meeting = await db.theme.findUniqueOrThrow({ where: { id: target.id }, select: { meetingId: true } });

  return db.$transaction(async (tx): Promise<TActionCarryOutcome> => {
    const { count } = await tx.followUpAction.updateMany({
      where: { id: action.id, version: action.version, themeId: action.themeId, deletedAt: null },
      data: { themeId: target.id, meetingId: meeting.meetingId, version: { increment: 1 } },
    });
    // Someone changed the action since it was read: nothing written, try again.
    if (count === 0) return { kind: "stale" };
    const changes = {
      themeId: { before: action.themeId, after: target.id },
      meetingId: { before: action.meetingId, after: meeting.meetingId },
    };
    await tx.actionEvent.create({ data: { actionId: action.id, actorId: viewer.userId, kind: "updated", changes } });
    await tx.auditLog.create({
      data: auditEntry(viewer, "action.carry", { type: "FollowUpAction", id: action.id }, { from: theme.code, to: target.code }),
    });
    return { kind: "carried" };
  });
}
