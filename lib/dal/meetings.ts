import "server-only";
// Meetings and themes as a viewer may read them. Every query is scoped by the
// visibility builders in lib/authz; a theme the viewer may not see is `null` here and
// a 404 on the page.
import { cache } from "react";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleMeetingsWhere, visibleThemesWhere } from "@/lib/authz/visibility";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { themeNotesSelect } from "./annotations";
import { themePositionsSelect } from "./positions";
import { themeStancesSelect } from "./stances";
import { themeActionsSelect } from "./actions";
import { loadReferenceMaterial } from "./source-notes";


export type TMeetingSummary = {
  slug: string;
  kind: MeetingKind;
  title: string;
  venue: string | null;
  startsOn: string | null;
  endsOn: string | null;
  themeCount: number;
};

export async function listMeetingsForViewer(viewer: Viewer): Promise<TMeetingSummary[]> {
  const meetings = await db.meeting.findMany({
    where: visibleMeetingsWhere(viewer),
    orderBy: [{ startsOn: { sort: "asc", nulls: "last" } }, { position: "asc" }],
    select: {
      slug: true,
      kind: true,
      title: true,
      venue: true,
      startsOn: true,
      endsOn: true,
      _count: { select: { themes: { where: visibleThemesWhere(viewer) } } },
    },
  });
  return meetings.map(({ _count, startsOn, endsOn, ...m }) => ({
    ...m,
    startsOn: isoDate(startsOn),
    endsOn: isoDate(endsOn),
    themeCount: _count.themes,
  }));
}

/** One meeting with its themes; cached per request (the page and its metadata). */
export const findMeetingForViewer = cache(async (viewer: Viewer, slug: string) => {
  const meeting = await db.meeting.findFirst({
    where: { slug, ...visibleMeetingsWhere(viewer) },
    select: {
      slug: true,
      kind: true,
      title: true,
      venue: true,
      startsOn: true,
      endsOn: true,
      overallTheme: true,
      overview: true,
      themes: {
        where: visibleThemesWhere(viewer),
        orderBy: { position: "asc" },
        select: { code: true, title: true, _count: { select: { paragraphs: true } } },
      },
    },
  });
  if (!meeting) return null;
  return {
    ...meeting,
    startsOn: isoDate(meeting.startsOn),
    endsOn: isoDate(meeting.endsOn),
    themes: meeting.themes.map(({ _count, ...t }) => ({ ...t, paragraphCount: _count.paragraphs })),
  };
});

export type TMeetingDetail = NonNullable<Awaited<ReturnType<typeof findMeetingForViewer>>>;

/**
 * A theme page in one query (with relationJoins, nested reads are lateral joins):
 * the theme, its text and instruments, and the parts its panels show — the visible
 * notes' light columns, the positions, the group's stances and the first actions —
 * each fragment defined beside its feature and scoped by its visibility builder. The
 * key figures and the paper's notes (shared by every theme) come alongside, in one
 * statement. Cached per request, so the page and its metadata share it.
 */
export const findThemeForViewer = cache(async (viewer: Viewer, meetingSlug: string, code: string) => {
  const [theme, reference] = await Promise.all([
    db.theme.findFirst({
      where: { code, meeting: { slug: meetingSlug }, AND: [visibleThemesWhere(viewer)] },
      select: {
        id: true,
        code: true,
        title: true,
        meeting: { select: { id: true, slug: true, title: true, kind: true, startsOn: true } },
        paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
        instruments: {
          orderBy: { instrument: { code: "asc" } },
          select: { instrument: { select: { code: true, title: true } } },
        },
        // The roundtables a technical-meeting theme follows up (its empty background
        // points to them).
        followsUp: {
          where: { sourceTheme: visibleThemesWhere(viewer) },
          orderBy: { sourceTheme: { position: "asc" } },
          select: { sourceTheme: { select: { code: true, title: true, meeting: { select: { slug: true } } } } },
        },
        ...themeNotesSelect(viewer),
        ...themePositionsSelect(viewer),
        ...themeStancesSelect(viewer),
        ...themeActionsSelect(viewer),
      },
    }),
    loadReferenceMaterial(),
  ]);
  if (!theme) return null;
  return {
    ...theme,
    instruments: theme.instruments.map((i) => i.instrument),
    followsUp: theme.followsUp.map((l) => ({ code: l.sourceTheme.code, title: l.sourceTheme.title, meetingSlug: l.sourceTheme.meeting.slug })),
    keyFigures: reference.keyFigures,
    sourceNotes: reference.notes,
  };
});

export type TThemeDetail = NonNullable<Awaited<ReturnType<typeof findThemeForViewer>>>;
