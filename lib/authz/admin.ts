// Who may administer what. The secretariat runs meetings, themes, delegations and
// people; a head of delegation manages the people of their own delegation only and
// can never create or promote anyone to the secretariat.
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "./permissions";

export function canManageContent(viewer: Viewer): boolean {
  return can(viewer, "content.manage");
}

export function canManageDelegations(viewer: Viewer): boolean {
  return viewer.role === "SECRETARIAT";
}

export function canManagePeopleOf(viewer: Viewer, delegationId: string | null): boolean {
  if (viewer.role === "SECRETARIAT") return true;
  return viewer.role === "HEAD_OF_DELEGATION" && delegationId !== null && viewer.delegation?.id === delegationId;
}

/** The roles this viewer may give to someone. */
export function assignableRoles(viewer: Viewer): UserRole[] {
  if (viewer.role === "SECRETARIAT") return ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER", "SECRETARIAT"];
  if (viewer.role === "HEAD_OF_DELEGATION") return ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER"];
  return [];
}

export function canSeeAuditLog(viewer: Viewer): boolean {
  return viewer.role === "SECRETARIAT" || viewer.role === "HEAD_OF_DELEGATION";
}
