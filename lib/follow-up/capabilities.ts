// What a person may do with one follow-up action they can see (issue: actions,
// "Rules"). Seeing is decided by the visibility builder; this adds who may change it:
//   • edit and reassign: the creator, the assignee and the head of the OWNING
//     delegation (not heads of other delegations of the group);
//   • change status: the same people, plus an adviser the action is assigned to;
//   • comment: every member who can see it, except advisers, who comment only on
//     actions assigned to them;
//   • delete (soft): the creator and the head of the owning delegation.
// Advisers never edit, reassign or delete, even as assignee.
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { canSeeScoped } from "@/lib/authz/visibility";
import { can } from "@/lib/authz/permissions";

export type TActionForCapabilities = {
  scope: Scope;
  delegationId: string;
  group: ConstituentGroup;
  creatorId: string;
  assigneeId: string | null;
  deletedAt?: Date | null;
};

export type TActionCapabilities = {
  view: boolean;
  edit: boolean;
  reassign: boolean;
  changeStatus: boolean;
  comment: boolean;
  delete: boolean;
};

const NOTHING: TActionCapabilities = { view: false, edit: false, reassign: false, changeStatus: false, comment: false, delete: false };

export function actionCapabilities(viewer: Viewer, action: TActionForCapabilities): TActionCapabilities {
  if (action.deletedAt || action.scope === "ALL" || !canSeeScoped(viewer, action)) return NOTHING;
  const isCreator = action.creatorId === viewer.userId;
  const isAssignee = action.assigneeId === viewer.userId;
  const isOwningHead = viewer.role === "HEAD_OF_DELEGATION" && viewer.delegation?.id === action.delegationId;
  const editor = can(viewer, "actions.edit");
  const edit = editor && (isCreator || isAssignee || isOwningHead);
  return {
    view: true,
    edit,
    reassign: edit,
    changeStatus: edit || (isAssignee && can(viewer, "actions.work")),
    comment: editor || (isAssignee && can(viewer, "actions.work")),
    delete: editor && (isCreator || isOwningHead),
  };
}
