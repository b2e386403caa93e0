import "server-only";
// The positions matrix of a meeting: rows = themes, columns = the three groups.
// My group's cells: status, last edit, and how our delegations stand (counts; each
// delegation's stance is on the theme's stances page, lib/dal/stances.ts).
// Other groups' cells: only a DELIVERED position (with the counts of that group's
// stances), otherwise "not delivered". The secretariat: statuses only.
//
// Built from a fixed number of queries whatever the number of themes, groups and
// delegations (six at most): never one per cell.
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  canSeePosition,
  canSeeStancesOf,
  countableStancesWhere,
  visibleMeetingsWhere,
  visiblePositionStatusesWhere,
  visibleStancesWhere,
  visibleThemesWhere,
} from "@/lib/authz/visibility";
import { ownPositionGroup } from "@/lib/positions/access";
import { POSITION_GROUPS, type TPositionGroup, type TPositionStatus } from "@/lib/positions/status";
import { summarizeStanceCounts, summarizeStances, type TStanceSummary } from "@/lib/positions/stance-summary";
import type { TPersonRef } from "@/lib/dal/positions";

type TMatrixClient = Pick<PrismaClient, "meeting" | "groupPosition" | "user" | "stance" | "delegation">;

export type TMatrixCell =
  /** My group's position (NONE: nobody has written it yet). */
  | {
      kind: "own";
      status: TPositionStatus | "NONE";
      revision: number;
      updatedAt: Date | null;
      updatedBy: TPersonRef | null;
      stances: TStanceSummary;
    }
  /** Another group's position, delivered; counts of its stances. */
  | { kind: "delivered"; deliveredAt: Date | null; stances: TStanceSummary }
  /** The secretariat's view: where each group has got, nothing more. */
  | { kind: "status"; status: TPositionStatus | "NONE" }
  | { kind: "notDelivered" };

export type TPositionsMatrix = {
  meeting: { slug: string; title: string };
  groups: readonly TPositionGroup[];
  ownGroup: TPositionGroup | null;
  rows: { theme: { code: string; title: string }; cells: Record<TPositionGroup, TMatrixCell> }[];
};

export async function loadPositionsMatrix(viewer: Viewer, meetingSlug: string, client: TMatrixClient = db): Promise<TPositionsMatrix | null> {
  const meeting = await client.meeting.findFirst({
    where: { slug: meetingSlug, ...visibleMeetingsWhere(viewer) },
    select: {
      slug: true,
      title: true,
      themes: { where: visibleThemesWhere(viewer), orderBy: { position: "asc" }, select: { id: true, code: true, title: true } },
    },
  });
  if (!meeting) return null;
  const ownGroup = ownPositionGroup(viewer);
  const themeIds = meeting.themes.map((t) => t.id);

  const [positions, ownStances, otherStances, delegationCounts] = await Promise.all([
    client.groupPosition.findMany({
      where: { themeId: { in: themeIds }, AND: [visiblePositionStatusesWhere(viewer)] },
      select: { themeId: true, group: true, status: true, revision: true, updatedAt: true, updatedById: true, deliveredAt: true },
    }),
    // Counted in the database: one row per theme and stance value, not per delegation.
    ownGroup
      ? client.stance.groupBy({
          by: ["themeId", "value"],
          where: { themeId: { in: themeIds }, AND: [visibleStancesWhere(viewer)] },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    // Other groups' stances, counted only (no delegation names leave the database).
    viewer.delegation
      ? client.stance.findMany({
          where: { themeId: { in: themeIds }, AND: [countableStancesWhere(viewer), { NOT: visibleStancesWhere(viewer) }] },
          select: { themeId: true, value: true, delegation: { select: { group: true } } },
        })
      : Promise.resolve([]),
    client.delegation.groupBy({ by: ["group"], where: { active: true }, _count: { _all: true } }),
  ]);

  // Who edited my group's positions last: one batched lookup.
  const editorIds = [...new Set(positions.filter((p) => p.group === ownGroup && p.revision > 0 && p.updatedById).map((p) => p.updatedById!))];
  const editors = editorIds.length
    ? await client.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true, delegation: { select: { name: true } } } })
    : [];
  const editorById = new Map(editors.map((u) => [u.id, { name: u.name, delegation: u.delegation?.name ?? null }]));
  const totalOf = (group: TPositionGroup) => delegationCounts.find((c) => c.group === group)?._count._all ?? 0;

  const rows = meeting.themes.map((theme) => {
    const cells = {} as Record<TPositionGroup, TMatrixCell>;
    for (const group of POSITION_GROUPS) {
      const position = positions.find((p) => p.themeId === theme.id && p.group === group);
      const status: TPositionStatus | "NONE" = position && position.revision > 0 ? position.status : "NONE";
      if (group === ownGroup && canSeeStancesOf(viewer, group)) {
        const mine = ownStances.filter((s) => s.themeId === theme.id).map((s) => ({ value: s.value, count: s._count._all }));
        cells[group] = {
          kind: "own",
          status,
          revision: position?.revision ?? 0,
          updatedAt: status === "NONE" ? null : (position?.updatedAt ?? null),
          updatedBy: position?.updatedById ? (editorById.get(position.updatedById) ?? null) : null,
          stances: summarizeStanceCounts(mine, totalOf(group)),
        };
      } else if (!viewer.delegation) {
        // The secretariat (no delegation): statuses only, never stances.
        cells[group] = { kind: "status", status };
      } else if (position && position.status === "DELIVERED" && canSeePosition(viewer, { group, status: position.status })) {
        const counted = otherStances.filter((s) => s.themeId === theme.id && s.delegation.group === group).map((s) => s.value);
        cells[group] = { kind: "delivered", deliveredAt: position.deliveredAt, stances: summarizeStances(counted, totalOf(group)) };
      } else {
        cells[group] = { kind: "notDelivered" };
      }
    }
    return { theme: { code: theme.code, title: theme.title }, cells };
  });

  return { meeting: { slug: meeting.slug, title: meeting.title }, groups: POSITION_GROUPS, ownGroup, rows };
}
