import "server-only";
// A meeting's briefing pack for one viewer (lib/briefing/types.ts), read in a fixed
// number of statements whatever the number of themes and notes, all sent at once:
//   1. the meeting, its themes, their text, instruments, positions and our stance
//   2. the pack's notes with their replies        3. the open actions
//   4. the paper's key figures and notes           5–6. our group's stance counts
// Every read takes its `where` from the visibility builders (lib/authz); the pack's
// options only narrow them. What goes in, per viewer:
//   a delegation member  our delegation's notes in every scope and, unless the pack is
//                        "delegation only", the notes our group's delegations wrote
//                        (GROUP and ALL); our open actions; our group's position (only
//                        once delivered in a delegation-only pack), our stance and the
//                        group's counts; other groups' delivered positions;
//   the secretariat      the public pack: notes in scope ALL and delivered positions.
// Notes hidden by moderation are in nobody's pack. Bodies are the stored HTML.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  countedAnnotationsWhere,
  visibleMeetingsWhere,
  visiblePositionsWhere,
  visibleStancesWhere,
  visibleThemesWhere,
} from "@/lib/authz/visibility";
import { compareTextOrder, locateAnchor, type TLocatedAnchor, type TParagraphText } from "@/lib/annotations/anchoring";
import { bodyHtmlOf, STORED_BODY_COLUMNS } from "@/lib/markdown/stored";
import { ownPositionGroup } from "@/lib/positions/access";
import { isPositionGroup } from "@/lib/positions/status";
import { summarizeStanceCounts } from "@/lib/positions/stance-summary";
import { UNFINISHED_STATUSES } from "@/lib/follow-up/status-transitions";
import { includesTheme, type TBriefingOptions } from "@/lib/briefing/options";
import { briefingMarking } from "@/lib/briefing/marking";
import { BRIEFING_LIMITS } from "@/lib/briefing/limits";
import type { TBriefingAction, TBriefingNote, TBriefingPack, TBriefingPosition, TBriefingTheme } from "@/lib/briefing/types";
import { citedNotes, footnoteMarkers, splitAtMarkers } from "@/lib/themes/footnote-markers";
import { workspaceNow } from "@/lib/time/workspace-date";
import { actionsOrderBy, utcToday, visibleActionsWhere } from "./actions-query";
import { loadReferenceMaterial } from "./source-notes";
import { ANCHOR_COLUMNS, storedAnchor } from "./annotations";

// The stored HTML, and the language it was written in (its `lang` on the print page).
const rendered = { ...STORED_BODY_COLUMNS, language: true } as const;
const htmlOf = bodyHtmlOf;

/** Which of the notes a viewer may see belong in their pack (see the header). */
function packNotesWhere(viewer: Viewer, options: TBriefingOptions): Prisma.AnnotationWhereInput {
  if (!viewer.delegation) return { scope: "ALL" };
  if (options.scope === "delegation") return { delegationId: viewer.delegation.id, scope: { in: ["DELEGATION", "ALL"] } };
  return { group: viewer.delegation.group };
}

function themeFilter(slug: string, options: TBriefingOptions): Prisma.ThemeWhereInput {
  return { meeting: { slug }, archivedAt: null, ...(options.themes.length ? { code: { in: options.themes } } : {}) };
}

function meetingQuery(viewer: Viewer, slug: string, options: TBriefingOptions) {
  const ownDelegation = viewer.delegation?.id ?? "";
  return db.meeting.findFirst({
    where: { slug, ...visibleMeetingsWhere(viewer) },
    select: {
      slug: true,
      title: true,
      kind: true,
      venue: true,
      startsOn: true,
      endsOn: true,
      themes: {
        // An archived theme is off the agenda: in nobody's pack, the secretariat's included.
        where: { AND: [visibleThemesWhere(viewer), { archivedAt: null }] },
        orderBy: { position: "asc" },
        select: {
          id: true,
          code: true,
          title: true,
          paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
          instruments: { orderBy: { instrument: { code: "asc" } }, select: { instrument: { select: { code: true, title: true } } } },
          positions: {
            where: { AND: [visiblePositionsWhere(viewer), options.scope === "delegation" ? { status: "DELIVERED" } : {}], revision: { gt: 0 } },
            orderBy: { group: "asc" },
            select: { group: true, status: true, ...rendered, agreedAt: true, deliveredAt: true },
          },
          stances: {
            where: { delegationId: ownDelegation, AND: [visibleStancesWhere(viewer)] },
            select: { value: true, note: true, language: true, updatedAt: true, setBy: { select: { name: true } } },
          },
        },
      },
    },
  });
}

function notesQuery(viewer: Viewer, slug: string, options: TBriefingOptions) {
  return db.annotation.findMany({
    where: {
      AND: [countedAnnotationsWhere(viewer), packNotesWhere(viewer, options), { theme: themeFilter(slug, options) }],
      ...(options.resolved ? {} : { resolvedAt: null }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: BRIEFING_LIMITS.notes + 1,
    select: {
      id: true,
      themeId: true,
      scope: true,
      group: true,
      ...rendered,
      ...ANCHOR_COLUMNS,
      resolvedAt: true,
      createdAt: true,
      author: { select: { name: true } },
      delegation: { select: { name: true } },
      replies: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        take: BRIEFING_LIMITS.repliesPerNote,
        select: { id: true, ...rendered, createdAt: true, author: { select: { name: true } }, delegation: { select: { name: true } } },
      },
      _count: { select: { replies: { where: { deletedAt: null } } } },
    },
  });
}

type TNoteRow = Awaited<ReturnType<typeof notesQuery>>[number];

function actionsQuery(viewer: Viewer, slug: string, options: TBriefingOptions) {
  if (!viewer.delegation) return Promise.resolve([]);
  return db.followUpAction.findMany({
    where: {
      AND: [
        visibleActionsWhere(viewer),
        { status: { in: [...UNFINISHED_STATUSES] } },
        options.scope === "delegation" ? { scope: "DELEGATION" } : {},
        // This meeting's, and the delegation's general ones tied to no meeting.
        { OR: [{ meeting: { slug } }, { meetingId: null, themeId: null }] },
      ],
    },
    orderBy: actionsOrderBy({ sort: "due", dir: "asc" }),
    take: BRIEFING_LIMITS.actions + 1,
    select: {
      id: true,
      title: true,
      language: true,
      status: true,
      priority: true,
      scope: true,
      dueOn: true,
      assignee: { select: { name: true } },
      theme: { select: { code: true, title: true } },
    },
  });
}

/** Our group's stances per theme and value (counts only), and how many delegations it has. */
function stanceCountsQuery(viewer: Viewer, slug: string, options: TBriefingOptions) {
  const group = ownPositionGroup(viewer);
  if (!group || options.scope === "delegation") return Promise.resolve(null);
  return Promise.all([
    db.stance.groupBy({
      by: ["themeId", "value"],
      where: { theme: { meeting: { slug } }, AND: [visibleStancesWhere(viewer)] },
      _count: { _all: true },
    }),
    db.delegation.count({ where: { group, active: true } }),
  ]);
}

function toPosition(row: { group: string; status: TBriefingPosition["status"]; body: string; bodyHtml: string; renderVersion: number; language: TBriefingPosition["language"]; agreedAt: Date | null; deliveredAt: Date | null }): TBriefingPosition[] {
  if (!isPositionGroup(row.group)) return [];
  return [{ group: row.group, status: row.status, bodyHtml: htmlOf(row), language: row.language, agreedAt: row.agreedAt, deliveredAt: row.deliveredAt }];
}

function toNote(row: TNoteRow, number: number, located: TLocatedAnchor): TBriefingNote {
  return {
    id: row.id,
    number,
    scope: row.scope,
    group: row.group,
    author: row.author.name,
    delegation: row.delegation.name,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    quote: row.quoteExact,
    place: located.status === "anchored" ? { kind: "paragraph", position: located.paragraphPosition } : { kind: located.status },
    bodyHtml: htmlOf(row),
    language: row.language,
    replies: row.replies.map((r) => ({ id: r.id, author: r.author.name, delegation: r.delegation.name, createdAt: r.createdAt, bodyHtml: htmlOf(r), language: r.language })),
    moreReplies: Math.max(0, row._count.replies - row.replies.length),
  };
}

/** A theme's notes in the order of its text, numbered, each placed in its paragraph. */
function placeNotes(paragraphs: TParagraphText[], rows: TNoteRow[]) {
  const located = rows.map((row) => ({
    row,
    located: locateAnchor(paragraphs, storedAnchor(row)),
  }));
  located.sort((a, b) => compareTextOrder(a.located, b.located) || a.row.createdAt.getTime() - b.row.createdAt.getTime());
  return located.map(({ row, located: place }, i) => toNote(row, i + 1, place));
}

/**
 * The pack, or null when the viewer may not see the meeting (a 404). `generatedAt` is
 * the real time the cover states; `calendarNow` decides what is overdue (the workspace
 * date, lib/time/workspace-date.ts).
 */
export async function loadBriefingForViewer(
  viewer: Viewer,
  slug: string,
  options: TBriefingOptions,
  { generatedAt = new Date(), calendarNow = workspaceNow() }: { generatedAt?: Date; calendarNow?: Date } = {},
): Promise<TBriefingPack | null> {
  const [meeting, noteRows, actionRows, reference, stanceCounts] = await Promise.all([
    meetingQuery(viewer, slug, options),
    notesQuery(viewer, slug, options),
    actionsQuery(viewer, slug, options),
    loadReferenceMaterial(),
    stanceCountsQuery(viewer, slug, options),
  ]);
  if (!meeting) return null;

  const today = utcToday(calendarNow);
  const knownNotes = new Set(reference.notes.map((n) => n.number));
  const actions: TBriefingAction[] = actionRows.slice(0, BRIEFING_LIMITS.actions).flatMap(({ scope, ...a }) =>
    // An action is never shared with ALL (a database CHECK); the type says so here.
    scope === "ALL"
      ? []
      : [{ ...a, scope, dueOn: isoDate(a.dueOn), overdue: a.dueOn !== null && a.dueOn < today, assignee: a.assignee?.name ?? null }],
  );
  const notesByTheme = new Map<string, TNoteRow[]>();
  for (const row of noteRows.slice(0, BRIEFING_LIMITS.notes)) {
    const list = notesByTheme.get(row.themeId);
    if (list) list.push(row);
    else notesByTheme.set(row.themeId, [row]);
  }
  const ownGroup = viewer.delegation?.group ?? null;

  const themes: TBriefingTheme[] = meeting.themes
    .filter((t) => includesTheme(options, t.code))
    .map((theme) => {
      const notes = placeNotes(theme.paragraphs, notesByTheme.get(theme.id) ?? []);
      const positions = theme.positions.flatMap(toPosition);
      const stance = theme.stances[0];
      const counted = stanceCounts?.[0].filter((s) => s.themeId === theme.id).map((s) => ({ value: s.value, count: s._count._all }));
      return {
        code: theme.code,
        title: theme.title,
        paragraphs: theme.paragraphs.map((p) => ({
          position: p.position,
          pieces: splitAtMarkers(p.text, 0, footnoteMarkers(p.text, knownNotes)),
          notes: notes.filter((n) => n.place.kind === "paragraph" && n.place.position === p.position).map((n) => n.number),
        })),
        sourceNotes: citedNotes(
          theme.paragraphs.map((p) => p.text),
          reference.notes,
        ),
        instruments: theme.instruments.map((i) => i.instrument),
        openThreads: notes.filter((n) => !n.resolvedAt),
        resolvedThreads: notes.filter((n) => n.resolvedAt),
        ownPosition: positions.find((p) => p.group === ownGroup) ?? null,
        ownStance: stance ? { value: stance.value, note: stance.note, language: stance.language, setBy: stance.setBy.name, updatedAt: stance.updatedAt } : null,
        groupStances: stanceCounts && counted ? summarizeStanceCounts(counted, stanceCounts[1]) : null,
        deliveredPositions: positions.filter((p) => p.group !== ownGroup && p.status === "DELIVERED"),
        actions: actions.filter((a) => a.theme?.code === theme.code),
      };
    });

  const audience = viewer.delegation ? { delegation: viewer.delegation.name, group: viewer.delegation.group } : null;
  const instruments = new Map(themes.flatMap((t) => t.instruments).map((i) => [i.code, i]));
  return {
    meeting: {
      slug: meeting.slug,
      title: meeting.title,
      kind: meeting.kind,
      venue: meeting.venue,
      startsOn: isoDate(meeting.startsOn),
      endsOn: isoDate(meeting.endsOn),
    },
    audience,
    preparedBy: viewer.name,
    generatedAt,
    options,
    marking: briefingMarking(audience, themes, actions),
    allThemes: meeting.themes.map((t) => ({ code: t.code, title: t.title })),
    themes,
    keyFigures: reference.keyFigures,
    actions,
    instruments: [...instruments.values()].sort((a, b) => a.code.localeCompare(b.code)),
    truncated: { notes: noteRows.length > BRIEFING_LIMITS.notes, actions: actionRows.length > BRIEFING_LIMITS.actions },
  };
}
