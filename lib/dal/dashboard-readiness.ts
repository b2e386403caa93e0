import "server-only";
// The secretariat's readiness figures: for every meeting and theme, each group's
// position status, how many delegations of each group have recorded a stance, how many
// public notes there are; and per group how many delegations were active in the last
// seven days. Counts only — no note, position or stance text and no stance value is
// read here at all (DESIGN.md: the secretariat never sees a delegation's or a group's
// private material; the two counts it gets are documented in lib/authz/visibility.ts).
//
// Six queries whatever the amount of data: meetings with themes, positions and public
// note counts; stances per theme for each of the three groups; the delegations; the
// audit rows of the window, grouped by delegation.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Viewer } from "@/lib/auth/viewer";
import type { ConstituentGroup } from "@/lib/generated/prisma/enums";
import {
  countedAnnotationsWhere,
  readinessActivityWhere,
  readinessStancesWhere,
  visibleMeetingsWhere,
  visiblePositionStatusesWhere,
  visibleThemesWhere,
} from "@/lib/authz/visibility";
import { POSITION_GROUPS, type TPositionGroup, type TPositionStatus } from "@/lib/positions/status";
import { workspaceNow } from "@/lib/time/workspace-date";
import { utcToday, addDays } from "./actions-query";

export const ACTIVITY_WINDOW_DAYS = 7;
const ALL_GROUPS: ConstituentGroup[] = ["GOVERNMENT", "EMPLOYERS", "WORKERS", "OBSERVER"];

export type TReadinessTheme = {
  code: string;
  title: string;
  positions: Record<TPositionGroup, TPositionStatus | "NONE">;
  stances: Record<TPositionGroup, number>;
  publicNotes: number;
};

export type TReadinessMeeting = { slug: string; title: string; startsOn: string | null; endsOn: string | null; themes: TReadinessTheme[] };

export type TReadiness = {
  today: string;
  windowDays: number;
  groups: { group: ConstituentGroup; delegations: number; active: number }[];
  meetings: TReadinessMeeting[];
};

export async function loadReadiness(viewer: Viewer, now = workspaceNow()): Promise<TReadiness | null> {
  const activity = readinessActivityWhere(viewer);
  if (!activity) return null;
  const today = utcToday(now);
  const since = addDays(today, -ACTIVITY_WINDOW_DAYS);

  const [meetings, stanceCounts, delegations, active] = await Promise.all([
    db.meeting.findMany({
      where: visibleMeetingsWhere(viewer),
      orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { position: "asc" }],
      select: {
        slug: true,
        title: true,
        startsOn: true,
        endsOn: true,
        themes: {
          where: visibleThemesWhere(viewer),
          orderBy: { position: "asc" },
          select: {
            id: true,
            code: true,
            title: true,
            positions: { where: visiblePositionStatusesWhere(viewer), select: { group: true, status: true, revision: true } },
            _count: { select: { annotations: { where: { AND: [countedAnnotationsWhere(viewer), { scope: "ALL" }] } } } },
          },
        },
      },
    }),
    Promise.all(
      POSITION_GROUPS.map((group) =>
        db.stance.groupBy({ by: ["themeId"], where: { AND: [readinessStancesWhere(viewer), { delegation: { group } }] }, _count: { _all: true } }),
      ),
    ),
    db.delegation.findMany({ where: { active: true }, select: { id: true, group: true } }),
    db.auditLog.groupBy({ by: ["delegationId"], where: { AND: [activity, { createdAt: { gte: since } }] } }),
  ]);

  const activeIds = new Set(active.map((a) => a.delegationId));
  const groups = ALL_GROUPS.map((group) => {
    const ids = delegations.filter((d) => d.group === group).map((d) => d.id);
    return { group, delegations: ids.length, active: ids.filter((id) => activeIds.has(id)).length };
  });
  const stancesBy = POSITION_GROUPS.map((_, i) => new Map(stanceCounts[i]!.map((s) => [s.themeId, s._count._all])));

  return {
    today: today.toISOString().slice(0, 10),
    windowDays: ACTIVITY_WINDOW_DAYS,
    groups,
    meetings: meetings
      .filter((m) => m.themes.length > 0)
      .map((m) => ({
        slug: m.slug,
        title: m.title,
        startsOn: isoDate(m.startsOn),
        endsOn: isoDate(m.endsOn),
        themes: m.themes.map((t) => ({
          code: t.code,
          title: t.title,
          positions: Object.fromEntries(
            POSITION_GROUPS.map((g) => {
              const row = t.positions.find((p) => p.group === g);
              return [g, row && row.revision > 0 ? row.status : "NONE"];
            }),
          ) as Record<TPositionGroup, TPositionStatus | "NONE">,
          stances: Object.fromEntries(POSITION_GROUPS.map((g, i) => [g, stancesBy[i]!.get(t.id) ?? 0])) as Record<TPositionGroup, number>,
          publicNotes: t._count.annotations,
        })),
      })),
  };
}
