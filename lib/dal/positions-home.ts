import "server-only";
// The home page's "still to do" on positions: themes where my delegation has not yet
// recorded a stance (meetings not over), and my group's positions not yet agreed on
// themes of meetings that have not started. Past meetings have nothing left to do.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleThemesWhere } from "@/lib/authz/visibility";
import { ownPositionGroup } from "@/lib/positions/access";
import type { TPositionStatus } from "@/lib/positions/status";
import { workspaceNow } from "@/lib/time/workspace-date";

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

/**
 * One query: every visible theme of a meeting not over, with my delegation's stance
 * (present or not) and my group's position status; the two lists are sorted out here.
 * Themes are the meetings' agenda (dozens), not user data, so reading all is cheap.
 */
export async function findHomePositionsForViewer(viewer: Viewer, now = workspaceNow()): Promise<THomePositions | null> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation) return null;
  const today = startOfTodayUtc(now);
  const order = [{ meeting: { startsOn: { sort: "asc", nulls: "last" } } }, { meeting: { position: "asc" } }, { position: "asc" }] as const;
  const notOver = { meeting: { OR: [{ startsOn: null }, { endsOn: { gte: today } }, { endsOn: null, startsOn: { gte: today } }] } };

  const themes = await db.theme.findMany({
    where: { AND: [visibleThemesWhere(viewer), notOver] },
    orderBy: [...order],
    select: {
      ...THEME_SELECT,
      stances: { where: { delegationId: viewer.delegation.id }, select: { id: true } },
      positions: { where: { group }, select: { status: true, revision: true } },
    },
  });
  const notStarted = (t: THomeTheme) => t.meeting.startsOn === null || t.meeting.startsOn > today;
  const withoutStance = themes.filter((t) => t.stances.length === 0);
  const drafts = themes.filter((t) => notStarted(t) && !t.positions.some((p) => p.status === "AGREED" || p.status === "DELIVERED"));
  const plain = ({ code, title, meeting }: THomeTheme): THomeTheme => ({ code, title, meeting });
  return {
    withoutStance: { themes: withoutStance.slice(0, SHOWN).map(plain), total: withoutStance.length },
    drafts: {
      themes: drafts.slice(0, SHOWN).map((t) => ({
        ...plain(t),
        status: t.positions[0] && t.positions[0].revision > 0 ? t.positions[0].status : "NONE",
      })),
      total: drafts.length,
    },
  };
}
