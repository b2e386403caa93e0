// Who may do what, by role: the one permission map. Data functions and actions ask
// `can(viewer, permission)`; scoping of user content (which delegation or group sees
// a note, an action, a position) is in visibility.ts.
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";

export const PERMISSIONS = {
  "content.read": ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER", "SECRETARIAT"],
  "content.manage": ["SECRETARIAT"],
  // Notes: delegation members write notes and replies (observers only in scope ALL,
  // enforced in lib/annotations/rules.ts); heads may delete their delegation's notes;
  // the secretariat moderates public notes and writes none.
  "annotations.write": ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER"],
  "annotations.deleteForDelegation": ["HEAD_OF_DELEGATION"],
  "annotations.moderate": ["SECRETARIAT"],
  "delegation.manageMembers": ["HEAD_OF_DELEGATION", "SECRETARIAT"],
  "profile.update": ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER", "SECRETARIAT"],
  // Follow-up actions: advisers only work on actions assigned to them (status,
  // comments); which action a person may edit is in lib/follow-up/capabilities.ts.
  "actions.create": ["HEAD_OF_DELEGATION", "DELEGATE"],
  "actions.edit": ["HEAD_OF_DELEGATION", "DELEGATE"],
  "actions.work": ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER"],
  // Group positions and stances: heads and delegates draft their group's position,
  // heads change its status and set their delegation's stance (a delegate only when
  // the head allows it: User.maySetStance, checked in lib/dal/stances.ts). Which
  // group's position a person may touch is in lib/positions/access.ts.
  "positions.edit": ["HEAD_OF_DELEGATION", "DELEGATE"],
  "positions.changeStatus": ["HEAD_OF_DELEGATION"],
  "stances.set": ["HEAD_OF_DELEGATION"],
  "stances.allowDelegates": ["HEAD_OF_DELEGATION"],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(viewer: Pick<Viewer, "role">, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly UserRole[]).includes(viewer.role);
}
