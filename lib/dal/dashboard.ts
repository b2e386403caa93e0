import "server-only";
// The preparation dashboard of a delegation member: what the figures are counted
// from. Every query is scoped with the visibility builders, so each figure is one the
// viewer could count by reading the pages; four queries whatever the amount of data
// (meetings with themes, stances and positions; our notes per theme; our actions).
// The figures themselves are worked out in lib/dashboard/delegation-figures.ts.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Viewer } from "@/lib/auth/viewer";
import {
  countedAnnotationsWhere,
  visibleMeetingsWhere,
  visiblePositionsWhere,
  visibleStancesWhere,
  visibleThemesWhere,
} from "@/lib/authz/visibility";
import { ownPositionGroup } from "@/lib/positions/access";
import { workspaceNow } from "@/lib/time/workspace-date";
import { delegationFigures, type TDashboardActionRow, type TDashboardMeetingRow, type TDelegationFigures, type TNoteCounts } from "@/lib/dashboard/delegation-figures";
import { actionsOrderBy, utcToday, visibleActionsWhere } from "./actions-query";

const day = (at: Date) => at.toISOString().slice(0, 10);

export async function loadDelegationDashboard(viewer: Viewer, now = workspaceNow()): Promise<TDelegationFigures | null> {
  const delegation = viewer.delegation;
  if (!delegation) return null;
  const group = ownPositionGroup(viewer);
  // "Ours": written for our delegation, or assigned to one of us by another delegation of our group.
  const ours = { OR: [{ delegationId: delegation.id }, { assignee: { delegationId: delegation.id } }] };

  const [meetings, notes, actions] = await Promise.all([
    db.meeting.findMany({
      where: visibleMeetingsWhere(viewer),
      orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { position: "asc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        startsOn: true,
        endsOn: true,
        themes: {
          where: visibleThemesWhere(viewer),
          orderBy: { position: "asc" },
          select: {
            id: true,
            code: true,
            title: true,
            stances: { where: { AND: [visibleStancesWhere(viewer), { delegationId: delegation.id }] }, select: { value: true } },
            positions: { where: { AND: [visiblePositionsWhere(viewer), { group: group ?? "OBSERVER" }] }, select: { status: true, revision: true } },
          },
        },
      },
    }),
    // Our notes per theme, and how many of them are resolved (a count of the non-null column).
    db.annotation.groupBy({
      by: ["themeId"],
      where: { AND: [countedAnnotationsWhere(viewer), { delegationId: delegation.id }] },
      _count: { _all: true, resolvedAt: true },
    }),
    db.followUpAction.findMany({
      where: { AND: [visibleActionsWhere(viewer), ours] },
      orderBy: actionsOrderBy({ sort: "due", dir: "asc" }),
      select: {
        id: true,
        title: true,
        status: true,
        dueOn: true,
        createdAt: true,
        updatedAt: true,
        meetingId: true,
        themeId: true,
        assignee: { select: { id: true, name: true } },
      },
    }),
  ]);

  const noteCounts = new Map<string, TNoteCounts>(notes.map((n) => [n.themeId, { total: n._count._all, unresolved: n._count._all - n._count.resolvedAt }]));
  const actionRows: TDashboardActionRow[] = actions.map((a) => ({
    id: a.id,
    title: a.title,
    status: a.status,
    dueOn: isoDate(a.dueOn),
    createdOn: day(a.createdAt),
    updatedOn: day(a.updatedAt),
    meetingId: a.meetingId,
    themeId: a.themeId,
    assignee: a.assignee,
  }));
  const meetingRows = meetings.map((m): TDashboardMeetingRow => ({
    id: m.id,
    slug: m.slug,
    title: m.title,
    kind: m.kind,
    startsOn: isoDate(m.startsOn),
    endsOn: isoDate(m.endsOn),
    themes: m.themes.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      stance: group ? (t.stances[0]?.value ?? null) : undefined,
      position: !group ? undefined : t.positions[0] && t.positions[0].revision > 0 ? t.positions[0].status : "NONE",
    })),
  }));
  return delegationFigures(meetingRows, noteCounts, actionRows, day(utcToday(now)));
}
