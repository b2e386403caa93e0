// Who may do what, by role: the one permission map. Data functions and actions ask
// `can(viewer, permission)`; scoping of user content (which delegation or group sees
// a note, an action, a position) is in visibility.ts.
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";

export const PERMISSIONS = {
  "content.read": ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER", "SECRETARIAT"],
  "content.manage": ["SECRETARIAT"],
  "delegation.manageMembers": ["HEAD_OF_DELEGATION", "SECRETARIAT"],
  "profile.update": ["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER", "SECRETARIAT"],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(viewer: Pick<Viewer, "role">, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly UserRole[]).includes(viewer.role);
}
