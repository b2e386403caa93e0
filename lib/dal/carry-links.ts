import "server-only";
// Where a group position was carried to, and where it came from ("carried to
// TTM-ii", "carried from RT2, revision 3"): part of how the position came to be,
// so shown to the group's delegations only, like its history. One query.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { canSeePositionHistory, visibleThemesWhere } from "@/lib/authz/visibility";
import type { TPositionGroup } from "@/lib/positions/status";

const THEME_REF = { select: { code: true, meeting: { select: { slug: true } } } } as const;

export async function positionCarriesFor(viewer: Viewer, themeId: string, group: TPositionGroup) {
  if (!canSeePositionHistory(viewer, group)) return { to: [], from: [] };
  const rows = await db.positionCarry.findMany({
    where: {
      OR: [
        { sourcePosition: { themeId, group }, targetPosition: { theme: visibleThemesWhere(viewer) } },
        { targetPosition: { themeId, group }, sourcePosition: { theme: visibleThemesWhere(viewer) } },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: {
      sourceRevision: true,
      targetRevision: true,
      createdAt: true,
      carriedBy: { select: { name: true } },
      sourcePosition: { select: { themeId: true, theme: THEME_REF } },
      targetPosition: { select: { theme: THEME_REF } },
    },
  });
  const to = rows.filter((r) => r.sourcePosition.themeId === themeId);
  const from = rows.filter((r) => r.sourcePosition.themeId !== themeId);
  return {
    to: to.map((r) => ({ theme: r.targetPosition.theme, revision: r.targetRevision, person: r.carriedBy.name, at: r.createdAt })),
    from: from.map((r) => ({ theme: r.sourcePosition.theme, revision: r.sourceRevision, person: r.carriedBy.name, at: r.createdAt })),
  };
}
