import "server-only";
// The `where` and `orderBy` of an actions list, shared by the list, the board and the
// CSV export so that the export holds exactly what the screen shows. Visibility comes
// from the one builder in lib/authz; the filters only narrow it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { scopedContentWhere } from "@/lib/authz/visibility";
import { UNFINISHED_STATUSES } from "@/lib/follow-up/status-transitions";
import type { TActionFilters } from "@/lib/validation/follow-up-actions";
import { workspaceNow } from "@/lib/time/workspace-date";

/** Today as a DATE (UTC): due dates have no time of day. */
export function utcToday(now: Date): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
}

export function addDays(date: Date, days: number): Date {
  const d = new Date(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** Every visible, not deleted action: the base of all action reads. */
export function visibleActionsWhere(viewer: Viewer): Prisma.FollowUpActionWhereInput {
  return { AND: [scopedContentWhere(viewer), { deletedAt: null }] };
}

export function overdueWhere(today: Date): Prisma.FollowUpActionWhereInput {
  return { dueOn: { lt: today }, status: { in: [...UNFINISHED_STATUSES] } };
}

export function filteredActionsWhere(
  viewer: Viewer,
  filters: Omit<TActionFilters, "sort" | "dir" | "page">,
  now = workspaceNow(),
): Prisma.FollowUpActionWhereInput {
  const and: Prisma.FollowUpActionWhereInput[] = [visibleActionsWhere(viewer)];
  if (filters.assignee === "me") and.push({ assigneeId: viewer.userId });
  else if (filters.assignee === "none") and.push({ assigneeId: null });
  else if (filters.assignee !== "any") and.push({ assigneeId: filters.assignee });
  if (filters.status === "active") and.push({ status: { in: [...UNFINISHED_STATUSES] } });
  else if (filters.status !== "all") and.push({ status: filters.status });
  if (filters.meeting) and.push({ meetingId: filters.meeting });
  if (filters.theme) and.push({ themeId: filters.theme });
  if (filters.priority) and.push({ priority: filters.priority });
  if (filters.dueBefore) and.push({ dueOn: { lte: new Date(`${filters.dueBefore}T00:00:00.000Z`) } });
  if (filters.overdue) and.push(overdueWhere(utcToday(now)));
  return { AND: and };
}

/** A total order (id last), so pages neither repeat nor skip rows. */
export function actionsOrderBy(filters: Pick<TActionFilters, "sort" | "dir">): Prisma.FollowUpActionOrderByWithRelationInput[] {
  const dir = filters.dir;
  const byDue: Prisma.FollowUpActionOrderByWithRelationInput = { dueOn: { sort: dir, nulls: "last" } };
  const first: Record<TActionFilters["sort"], Prisma.FollowUpActionOrderByWithRelationInput> = {
    due: byDue,
    priority: { priority: dir },
    status: { status: dir },
    title: { title: dir },
    updated: { updatedAt: dir },
    created: { createdAt: dir },
  };
  const tieBreak: Prisma.FollowUpActionOrderByWithRelationInput[] =
    filters.sort === "due" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  return [first[filters.sort], ...tieBreak];
}

/** The columns a list row or an export line needs; names come from the directory. */
export const ACTION_ROW_SELECT = {
  id: true,
  title: true,
  language: true,
  status: true,
  priority: true,
  scope: true,
  dueOn: true,
  delegationId: true,
  group: true,
  creatorId: true,
  assigneeId: true,
  meetingId: true,
  themeId: true,
  blockedReason: true,
  createdAt: true,
  updatedAt: true,
  // Names come with the row (one joined query), so a list need not load every person
  // of the group to show a page of actions.
  delegation: { select: { name: true } },
  assignee: { select: { name: true, delegation: { select: { name: true } } } },
} as const satisfies Prisma.FollowUpActionSelect;

export type TActionRowRecord = Prisma.FollowUpActionGetPayload<{ select: typeof ACTION_ROW_SELECT }>;
