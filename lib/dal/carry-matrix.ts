import "server-only";
// The positions matrix "side by side": for one group, each theme of a meeting that
// follows up roundtables, with the group's position status on each roundtable beside
// its status on the theme. One query; statuses through the same builder as the
// positions matrix (the secretariat sees every status, others only what they may read).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleMeetingsWhere, visiblePositionStatusesWhere, visibleThemesWhere } from "@/lib/authz/visibility";
import type { TPositionGroup } from "@/lib/positions/status";

export async function linkedMatrixFor(viewer: Viewer, meetingSlug: string, group: TPositionGroup) {
  const positions = {
    where: { AND: [visiblePositionStatusesWhere(viewer), { group }] },
    select: { status: true },
  } satisfies Prisma.Theme$positionsArgs;
  const meeting = await db.meeting.findFirst({
    where: { slug: meetingSlug, ...visibleMeetingsWhere(viewer) },
    select: {
      slug: true,
      title: true,
      themes: {
        where: { AND: [visibleThemesWhere(viewer), { followsUp: { some: {} } }] },
        orderBy: { position: "asc" },
        select: {
          code: true,
          title: true,
          positions,
          followsUp: {
            where: { sourceTheme: visibleThemesWhere(viewer) },
            orderBy: { sourceTheme: { position: "asc" } },
            select: { sourceTheme: { select: { code: true, meeting: { select: { slug: true } }, positions } } },
          },
        },
      },
    },
  });
  if (!meeting) return null;
  return {
    meeting: { slug: meeting.slug, title: meeting.title },
    rows: meeting.themes.map((t) => ({
      code: t.code,
      title: t.title,
      status: t.positions[0]?.status ?? null,
      sources: t.followsUp.map(({ sourceTheme: s }) => ({ code: s.code, meetingSlug: s.meeting.slug, status: s.positions[0]?.status ?? null })),
    })),
  };
}
