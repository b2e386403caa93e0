// Who sees what — the one file. Every query of meetings, themes, notes, actions,
// positions and stances takes its `where` from a builder here (DESIGN.md, "Who sees
// what"). Something a viewer may not see is simply not found: pages answer 404.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConstituentGroup, Scope } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";

// ── Meetings and themes: every signed-in person. Archived ones disappear for
// delegations but stay visible to the secretariat, who may restore them.

export function visibleMeetingsWhere(viewer: Viewer): Prisma.MeetingWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : { archivedAt: null };
}

export function visibleThemesWhere(viewer: Viewer): Prisma.ThemeWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : { archivedAt: null, meeting: { archivedAt: null } };
}

// ── Scoped content (notes and actions carry scope, delegationId and group, fixed
// when written):
//   DELEGATION → members of that delegation
//   GROUP      → members of every delegation of that group
//   ALL        → every signed-in person (the secretariat sees only these)

type TScopedWhere = {
  OR: ({ scope: Scope } & ({ group: ConstituentGroup } | { delegationId: string } | object))[];
};

export function scopedContentWhere(viewer: Viewer): TScopedWhere {
  if (!viewer.delegation) return { OR: [{ scope: "ALL" }] };
  return {
    OR: [
      { scope: "ALL" },
      { scope: "GROUP", group: viewer.delegation.group },
      { scope: "DELEGATION", delegationId: viewer.delegation.id },
    ],
  };
}

/** The same rule for one row already loaded (e.g. after a write). */
export function canSeeScoped(
  viewer: Viewer,
  row: { scope: Scope; delegationId: string; group: ConstituentGroup },
): boolean {
  if (row.scope === "ALL") return true;
  if (!viewer.delegation) return false;
  if (row.scope === "GROUP") return row.group === viewer.delegation.group;
  return row.delegationId === viewer.delegation.id;
}

// ── Group positions: DRAFT and AGREED only to the group's delegations; DELIVERED to
// everyone.

export function visiblePositionsWhere(viewer: Viewer): Prisma.GroupPositionWhereInput {
  const group = viewer.delegation?.group;
  return group ? { OR: [{ status: "DELIVERED" }, { group }] } : { status: "DELIVERED" };
}

// ── Stances: only the delegations of the stance's group. (Others may see counts once
// the group's position is DELIVERED; that aggregate is computed in lib/dal.)

export function visibleStancesWhere(viewer: Viewer): Prisma.StanceWhereInput {
  const group = viewer.delegation?.group;
  return group && group !== "OBSERVER" ? { delegation: { group } } : { id: { in: [] } };
}
