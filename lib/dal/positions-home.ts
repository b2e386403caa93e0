import "server-only";
// The home page's "still to do" on positions: themes where my delegation has not yet
// recorded a stance (meetings not over), and my group's positions not yet agreed on
// themes of meetings that have not started. Past meetings have nothing left to do.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleThemesWhere } from "@/lib/authz/visibility";
import { ownPositionGroup } from "@/lib/positions/access";
import type { TPositionStatus } from "@/lib/positions/status";

const SHOWN = 8;

export type THomeTheme = { code: string; title: string; meeting: { slug: string; title: string; startsOn: Date | null } };

export type THomePositions = {
  withoutStance: { themes: THomeTheme[]; total: number };
  drafts: { themes: (THomeTheme & { status: TPositionStatus | "NONE" })[]; total: number };
};

function startOfTodayUtc(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const THEME_SELECT = {
  code: true,
  title: true,
  meeting: { select: { slug: true, title: true, startsOn: true } },
} as const;

export async function findHomePositionsForViewer(viewer: Viewer, now = new Date()): Promise<THomePositions | null> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation) return null;
  const today = startOfTodayUtc(now);
  const order = [{ meeting: { startsOn: { sort: "asc", nulls: "last" } } }, { meeting: { position: "asc" } }, { position: "asc" }] as const;

  const notOver = { meeting: { OR: [{ startsOn: null }, { endsOn: { gte: today } }, { endsOn: null, startsOn: { gte: today } }] } };
  const notStarted = { meeting: { OR: [{ startsOn: null }, { startsOn: { gt: today } }] } };
  const withoutStanceWhere = { AND: [visibleThemesWhere(viewer), notOver, { stances: { none: { delegationId: viewer.delegation.id } } }] };
  const draftsWhere = {
    AND: [visibleThemesWhere(viewer), notStarted, { positions: { none: { group, status: { in: ["AGREED" as const, "DELIVERED" as const] } } } }],
  };

  const [withoutStance, withoutStanceTotal, drafts, draftsTotal] = await Promise.all([
    db.theme.findMany({ where: withoutStanceWhere, orderBy: [...order], take: SHOWN, select: THEME_SELECT }),
    db.theme.count({ where: withoutStanceWhere }),
    db.theme.findMany({
      where: draftsWhere,
      orderBy: [...order],
      take: SHOWN,
      select: { ...THEME_SELECT, positions: { where: { group }, select: { status: true, revision: true } } },
    }),
    db.theme.count({ where: draftsWhere }),
  ]);
  return {
    withoutStance: { themes: withoutStance, total: withoutStanceTotal },
    drafts: {
      themes: drafts.map(({ positions, ...t }) => ({ ...t, status: positions[0] && positions[0].revision > 0 ? positions[0].status : "NONE" })),
      total: draftsTotal,
    },
  };
}
