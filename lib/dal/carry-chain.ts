import "server-only";
// The chain of linked meetings on a meeting page: which themes of this meeting
// follow up, or are followed up by, themes of another meeting. One query; both ends
// through the theme visibility builder (an archived theme drops out for delegations).
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleThemesWhere } from "@/lib/authz/visibility";

const END = { select: { code: true, title: true, meeting: { select: { slug: true, title: true } } } } as const;

export async function meetingChainFor(viewer: Viewer, meetingSlug: string) {
  const links = await db.themeLink.findMany({
    where: {
      AND: [
        { theme: visibleThemesWhere(viewer) },
        { sourceTheme: visibleThemesWhere(viewer) },
        { OR: [{ theme: { meeting: { slug: meetingSlug } } }, { sourceTheme: { meeting: { slug: meetingSlug } } }] },
      ],
    },
    orderBy: [{ theme: { position: "asc" } }, { sourceTheme: { position: "asc" } }],
    select: { theme: END, sourceTheme: END },
  });
  return {
    /** Themes of this meeting and the earlier themes they follow up. */
    followsUp: links.filter((l) => l.theme.meeting.slug === meetingSlug),
    /** Themes of this meeting and the later themes that follow them up. */
    followedBy: links.filter((l) => l.sourceTheme.meeting.slug === meetingSlug),
  };
}
