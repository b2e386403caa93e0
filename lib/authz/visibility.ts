// Which rows of shared content a viewer may read. Meetings and themes are open to
// every signed-in person; archived ones disappear for delegations but stay visible to
// the secretariat, who may restore them. Later features (notes, actions, positions)
// add their scoped builders here, so "who sees what" stays in this one file.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

export function visibleMeetingsWhere(viewer: Viewer): Prisma.MeetingWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : { archivedAt: null };
}

export function visibleThemesWhere(viewer: Viewer): Prisma.ThemeWhereInput {
  return viewer.role === "SECRETARIAT" ? {} : { archivedAt: null, meeting: { archivedAt: null } };
}
