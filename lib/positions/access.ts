// What a person may do with a group position or a stance: the role (from the one
// permission map) and membership of the position's group. Who may *see* a position
// or a stance is decided in lib/authz/visibility.ts.
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz/permissions";
import { isPositionGroup, type TPositionGroup } from "./status";

type TActor = Pick<Viewer, "role" | "delegation">;

/** The group whose position and stances this person works on, if any. */
export function ownPositionGroup(viewer: Pick<Viewer, "delegation">): TPositionGroup | null {
  const group = viewer.delegation?.group;
  return isPositionGroup(group) ? group : null;
}

export function mayEditPosition(viewer: TActor, group: TPositionGroup): boolean {
  return ownPositionGroup(viewer) === group && can(viewer, "positions.edit");
}

export function mayChangePositionStatus(viewer: TActor, group: TPositionGroup): boolean {
  return ownPositionGroup(viewer) === group && can(viewer, "positions.changeStatus");
}

/** A head always; a delegate only while their head allows it; advisers never. */
export function maySetStance(viewer: TActor, allowedByHead: boolean): boolean {
  if (!ownPositionGroup(viewer)) return false;
  return can(viewer, "stances.set") || (viewer.role === "DELEGATE" && allowedByHead);
}
