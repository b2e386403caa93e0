import "server-only";
// Notes as a viewer may read them. Every query takes its `where` from
// lib/authz/visibility.ts; a note the viewer may not see is simply absent (404).
//
// A theme page costs a fixed number of queries whatever the number of notes: the
// light columns of the visible notes (to place highlights, sort the panel in text
// order, filter, count and offer facets; read with the theme itself on the theme
// page) and the viewer's read mark; then bodies and replies of one page of notes.
// Bodies arrive as the HTML stored when they were written (mentions already linked),
// so no Markdown is parsed per view.
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { countedAnnotationsWhere, isCountedAnnotation, visibleAnnotationsWhere, visibleThemesWhere } from "@/lib/authz/visibility";
import { compareTextOrder, locateAnchor, type TLocatedAnchor, type TParagraphText } from "@/lib/annotations/anchoring";
import { segmentText } from "@/lib/annotations/segments";
import { notePath } from "@/lib/annotations/paths";
import {
  canDeleteNote,
  canDeleteReply,
  canEditNote,
  canEditReply,
  canMakeAction,
  canModerate,
  canReply,
  canResolve,
} from "@/lib/annotations/rules";
import type { TAnnotatedParagraph, THighlightNote, TNoteLocation, TNoteView } from "@/lib/annotations/types";
import type { TNoteFilters } from "@/lib/validation/annotations";
import { bodyHtmlOf, STORED_BODY_COLUMNS } from "@/lib/markdown/stored";
import { NOTES_PAGE_SIZE, REPLIES_IN_PANEL } from "@/lib/annotations/panel-size";
import { visibleActionsWhere } from "@/lib/dal/actions-query";

/** Where a note is anchored, as stored (the W3C selectors of lib/annotations/anchoring.ts). */
export const ANCHOR_COLUMNS = {
  paragraphId: true,
  quoteExact: true,
  quotePrefix: true,
  quoteSuffix: true,
  positionStart: true,
  positionEnd: true,
} as const satisfies Prisma.AnnotationSelect;

const anchorSelect = {
  id: true,
  scope: true,
  group: true,
  ...ANCHOR_COLUMNS,
  createdAt: true,
  // For the filters and counts, worked out from the same rows.
  delegationId: true,
  authorId: true,
  tags: true,
  resolvedAt: true,
  hiddenAt: true,
  author: { select: { name: true } },
  delegation: { select: { name: true } },
} satisfies Prisma.AnnotationSelect;

// The source is read beside the HTML for the edit form and for a row not yet
// re-rendered by the current renderer (storedHtml).
const rendered = STORED_BODY_COLUMNS;
const revisionSelect = { id: true, ...rendered, createdAt: true } as const;

type TAnchorRow = Prisma.AnnotationGetPayload<{ select: typeof anchorSelect }>;

/**
 * The theme page's part of a theme query: the light columns of every note on the
 * theme the viewer may see (no bodies), to place highlights, order the panel, count
 * and offer filters. Bodies and replies are read for one page of notes only.
 */
export function themeNotesSelect(viewer: Viewer) {
  return {
    annotations: { where: visibleAnnotationsWhere(viewer), orderBy: { createdAt: "asc" }, select: anchorSelect },
  } satisfies Prisma.ThemeSelect;
}

const replySelect = (withRevisions: boolean) =>
  ({
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    // Every reply on the note's own page; the first few in the panel.
    ...(withRevisions ? {} : { take: REPLIES_IN_PANEL }),
    select: {
      id: true,
      authorId: true,
      delegationId: true,
      ...rendered,
      language: true,
      version: true,
      editedAt: true,
      deletedAt: true,
      createdAt: true,
      author: { select: { name: true } },
      delegation: { select: { name: true } },
      revisions: withRevisions
        ? { orderBy: { createdAt: "desc" as const }, select: revisionSelect }
        : { take: 0, select: revisionSelect },
    },
  }) satisfies Prisma.Annotation$repliesArgs;

/**
 * The follow-up actions made from a note, as far as the viewer may see them (an
 * action can be narrower than its note: a delegation's action from a group note), in
 * the note's own statement: with relationJoins a lateral join, so listing them costs
 * the panel no extra round trip, whatever the number of notes.
 */
const noteActionsSelect = (viewer: Viewer) =>
  ({
    where: visibleActionsWhere(viewer),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, status: true, language: true, assignee: { select: { name: true } } },
  }) satisfies Prisma.Annotation$actionsArgs;

const noteSelect = (viewer: Viewer, withRevisions: boolean) =>
  ({
    id: true,
    themeId: true,
    authorId: true,
    delegationId: true,
    group: true,
    scope: true,
    ...rendered,
    language: true,
    tags: true,
    ...ANCHOR_COLUMNS,
    version: true,
    editedAt: true,
    resolvedAt: true,
    hiddenAt: true,
    deletedAt: true,
    createdAt: true,
    author: { select: { name: true } },
    delegation: { select: { name: true } },
    replies: replySelect(withRevisions),
    actions: noteActionsSelect(viewer),
    _count: { select: { replies: { where: { deletedAt: null } } } },
    revisions: withRevisions
      ? { orderBy: { createdAt: "desc" as const }, select: revisionSelect }
      : { take: 0, select: revisionSelect },
  }) satisfies Prisma.AnnotationSelect;

type TNoteRow = Prisma.AnnotationGetPayload<{ select: ReturnType<typeof noteSelect> }>;

/** A note's stored anchor, as locateAnchor takes it. */
export function storedAnchor(row: {
  paragraphId: string | null;
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number | null;
  positionEnd: number | null;
}) {
  return {
    paragraphId: row.paragraphId,
    exact: row.quoteExact,
    prefix: row.quotePrefix,
    suffix: row.quoteSuffix,
    start: row.positionStart,
    end: row.positionEnd,
  };
}

function toLocation(located: TLocatedAnchor): TNoteLocation {
  if (located.status === "anchored") return { status: "anchored", paragraphPosition: located.paragraphPosition, moved: located.moved };
  return located;
}

/** The panel's filters, applied to the visible rows already read. */
function matchesFilters(row: TAnchorRow, filters: TNoteFilters): boolean {
  if (filters.scope && row.scope !== filters.scope) return false;
  if (filters.delegation && row.delegationId !== filters.delegation) return false;
  if (filters.status === "open" && row.resolvedAt) return false;
  if (filters.status === "resolved" && !row.resolvedAt) return false;
  if (filters.tag && !row.tags.includes(filters.tag)) return false;
  return true;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const htmlOf = bodyHtmlOf;

const revisionView = (r: { id: string; body: string; bodyHtml: string; renderVersion: number; createdAt: Date }) => ({
  id: r.id,
  bodyHtml: htmlOf(r),
  createdAt: r.createdAt.toISOString(),
});

/** Builds what the UI shows of a note, with the viewer's permitted controls. */
function toNoteView(
  viewer: Viewer,
  row: TNoteRow,
  context: { href: string; location: TNoteLocation; lastSeenAt: Date | null },
): TNoteView {
  const editable = canEditNote(viewer, row);
  return {
    id: row.id,
    href: context.href,
    scope: row.scope,
    group: row.group,
    bodyHtml: htmlOf(row),
    language: row.language,
    tags: row.tags,
    version: row.version,
    author: row.author.name,
    delegation: row.delegation.name,
    createdAt: row.createdAt.toISOString(),
    editedAt: iso(row.editedAt),
    resolvedAt: iso(row.resolvedAt),
    hiddenAt: iso(row.hiddenAt),
    isNew: row.authorId !== viewer.userId && (!context.lastSeenAt || row.createdAt > context.lastSeenAt),
    quote: row.quoteExact,
    location: context.location,
    revisions: row.revisions.map(revisionView),
    replyCount: row._count.replies,
    actions: row.actions.map((a) => ({ id: a.id, title: a.title, status: a.status, language: a.language, assignee: a.assignee?.name ?? null })),
    replies: row.replies.map((reply) => {
      const replyEditable = canEditReply(viewer, row, reply);
      return {
        id: reply.id,
        bodyHtml: htmlOf(reply),
        language: reply.language,
        version: reply.version,
        author: reply.author.name,
        delegation: reply.delegation.name,
        createdAt: reply.createdAt.toISOString(),
        editedAt: iso(reply.editedAt),
        revisions: reply.revisions.map(revisionView),
        can: { edit: replyEditable, delete: canDeleteReply(viewer, row, reply) },
      };
    }),
    can: {
      reply: canReply(viewer, row),
      edit: editable,
      delete: canDeleteNote(viewer, row),
      resolve: canResolve(viewer, row),
      moderate: canModerate(viewer, row),
      makeAction: canMakeAction(viewer) && !row.hiddenAt,
    },
  };
}

export type TThemeForNotes = {
  id: string;
  code: string;
  meeting: { slug: string };
  paragraphs: TParagraphText[];
  /** The rows of `themeNotesSelect`, when the caller read them with the theme. */
  annotations?: TAnchorRow[];
};

export type TThemeNotes = {
  paragraphs: TAnnotatedParagraph[];
  highlightNotes: Record<string, THighlightNote>;
  notes: TNoteView[];
  /** Notes matching the filters (all pages). */
  total: number;
  /** Visible notes on the theme, whatever the filters; `fresh` of them new to the viewer. */
  overall: { total: number; fresh: number; orphaned: number };
  page: number;
  pageCount: number;
  facets: { delegations: { id: string; name: string }[]; tags: string[] };
};

/**
 * Everything the theme page shows about notes: highlighted paragraphs, one page of
 * the panel in text order, counts and filter options. Cached per request so the
 * background and the panel, rendered apart, share one load.
 */
export const loadThemeNotes = cache(async (viewer: Viewer, theme: TThemeForNotes, filtersKey: string): Promise<TThemeNotes> => {
  const filters = JSON.parse(filtersKey) as TNoteFilters;
  const [rowsOfTheme, readMark] = await Promise.all([
    theme.annotations ??
      db.theme.findUnique({ where: { id: theme.id }, select: themeNotesSelect(viewer) }).then((t) => t?.annotations ?? []),
    db.annotationReadMark.findUnique({ where: { userId_themeId: { userId: viewer.userId, themeId: theme.id } }, select: { lastSeenAt: true } }),
  ]);
  const anchors = rowsOfTheme.filter((row) => matchesFilters(row, filters));
  const facetRows = rowsOfTheme.filter(isCountedAnnotation);

  const located = anchors.map((a) => ({ anchor: a, located: locateAnchor(theme.paragraphs, storedAnchor(a)) }));
  located.sort((a, b) => compareTextOrder(a.located, b.located) || a.anchor.createdAt.getTime() - b.anchor.createdAt.getTime());

  const pageCount = Math.max(1, Math.ceil(located.length / NOTES_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pageCount);
  const pageSlice = located.slice((page - 1) * NOTES_PAGE_SIZE, page * NOTES_PAGE_SIZE);
  const pageIds = pageSlice.map((l) => l.anchor.id);

  const rows = pageIds.length
    ? await db.annotation.findMany({ where: { id: { in: pageIds }, AND: [visibleAnnotationsWhere(viewer)] }, select: noteSelect(viewer, false) })
    : [];
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const lastSeenAt = readMark?.lastSeenAt ?? null;
  const notes = pageSlice.flatMap(({ anchor, located: place }) => {
    const row = rowById.get(anchor.id);
    if (!row) return [];
    return [toNoteView(viewer, row, { href: notePath(theme.meeting.slug, theme.code, row.id), location: toLocation(place), lastSeenAt })];
  });

  const highlightNotes: Record<string, THighlightNote> = {};
  const ranges = new Map<string, { id: string; start: number; end: number }[]>();
  for (const { anchor, located: place } of located) {
    if (place.status !== "anchored") continue;
    highlightNotes[anchor.id] = {
      id: anchor.id,
      scope: anchor.scope,
      group: anchor.group,
      author: anchor.author.name,
      delegation: anchor.delegation.name,
      href: notePath(theme.meeting.slug, theme.code, anchor.id),
    };
    ranges.set(place.paragraphId, [...(ranges.get(place.paragraphId) ?? []), { id: anchor.id, start: place.start, end: place.end }]);
  }
  const paragraphs = theme.paragraphs.map((p) => ({
    ...p,
    segments: segmentText(p.text, ranges.get(p.id) ?? []).map((s) => ({ text: s.text, noteIds: s.noteIds })),
  }));

  const delegations = new Map<string, string>();
  const tags = new Map<string, string>();
  let fresh = 0;
  for (const f of facetRows) {
    delegations.set(f.delegationId, f.delegation.name);
    for (const tag of f.tags) if (!tags.has(tag.toLocaleLowerCase("en"))) tags.set(tag.toLocaleLowerCase("en"), tag);
    if (f.authorId !== viewer.userId && (!lastSeenAt || f.createdAt > lastSeenAt)) fresh++;
  }

  return {
    paragraphs,
    highlightNotes,
    notes,
    total: located.length,
    overall: { total: facetRows.length, fresh, orphaned: located.filter((l) => l.located.status === "orphaned").length },
    page,
    pageCount,
    facets: {
      delegations: [...delegations].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
      tags: [...tags.values()].sort((a, b) => a.localeCompare(b)),
    },
  };
});

/** One note on its own page, with its history; null when absent or not visible. */
export async function findNoteForViewer(viewer: Viewer, meetingSlug: string, themeCode: string, noteId: string) {
  const row = await db.annotation.findFirst({
    where: { id: noteId, theme: { code: themeCode, meeting: { slug: meetingSlug } }, AND: [visibleAnnotationsWhere(viewer)] },
    select: {
      ...noteSelect(viewer, true),
      theme: {
        select: {
          id: true,
          code: true,
          title: true,
          meeting: { select: { slug: true, title: true } },
          paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
        },
      },
    },
  });
  if (!row) return null;
  const readMark = await db.annotationReadMark.findUnique({
    where: { userId_themeId: { userId: viewer.userId, themeId: row.themeId } },
    select: { lastSeenAt: true },
  });
  const location = toLocation(locateAnchor(row.theme.paragraphs, storedAnchor(row)));
  return {
    theme: { code: row.theme.code, title: row.theme.title, meeting: row.theme.meeting },
    note: toNoteView(viewer, row, {
      href: notePath(meetingSlug, themeCode, row.id),
      location,
      lastSeenAt: readMark?.lastSeenAt ?? null,
    }),
  };
}

export type TThemeNoteCount = { total: number; fresh: number };

/**
 * "12 notes, 3 new" per theme of a meeting. Counts only notes the viewer may see and
 * that are not hidden by moderation, so a count never reveals a note.
 */
export async function countThemeNotesForMeeting(viewer: Viewer, meetingSlug: string): Promise<Record<string, TThemeNoteCount>> {
  const themes = await db.theme.findMany({
    where: { meeting: { slug: meetingSlug }, AND: [visibleThemesWhere(viewer)] },
    select: { id: true, code: true, _count: { select: { annotations: { where: countedAnnotationsWhere(viewer) } } } },
  });
  if (themes.length === 0) return {};
  const marks = await db.annotationReadMark.findMany({
    where: { userId: viewer.userId, themeId: { in: themes.map((t) => t.id) } },
    select: { themeId: true, lastSeenAt: true },
  });
  const seen = new Map(marks.map((m) => [m.themeId, m.lastSeenAt]));
  const fresh = await db.annotation.groupBy({
    by: ["themeId"],
    where: {
      AND: [countedAnnotationsWhere(viewer)],
      authorId: { not: viewer.userId },
      OR: themes.map((t) => {
        const lastSeenAt = seen.get(t.id);
        return lastSeenAt ? { themeId: t.id, createdAt: { gt: lastSeenAt } } : { themeId: t.id };
      }),
    },
    _count: { _all: true },
  });
  const freshByTheme = new Map(fresh.map((f) => [f.themeId, f._count._all]));
  return Object.fromEntries(themes.map((t) => [t.code, { total: t._count.annotations, fresh: freshByTheme.get(t.id) ?? 0 }]));
}

/** The home page's "recent notes": the latest notes by others that the viewer may see. */
export async function listRecentNotesForViewer(viewer: Viewer, take = 5) {
  const rows = await db.annotation.findMany({
    where: { AND: [countedAnnotationsWhere(viewer)], authorId: { not: viewer.userId } },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      scope: true,
      body: true,
      language: true,
      createdAt: true,
      author: { select: { name: true } },
      delegation: { select: { name: true } },
      theme: { select: { code: true, title: true, meeting: { select: { slug: true } } } },
    },
  });
  // Counted for these few notes only: a relation _count here would aggregate every
  // reply in the table before the limit applies.
  const replyCounts = rows.length
    ? await db.annotationReply.groupBy({
        by: ["annotationId"],
        where: { annotationId: { in: rows.map((r) => r.id) }, deletedAt: null },
        _count: { _all: true },
      })
    : [];
  const repliesByNote = new Map(replyCounts.map((c) => [c.annotationId, c._count._all]));
  return rows.map((r) => ({
    id: r.id,
    scope: r.scope,
    excerpt: r.body.length > 160 ? `${r.body.slice(0, 160)}…` : r.body,
    language: r.language,
    createdAt: r.createdAt,
    author: r.author.name,
    delegation: r.delegation.name,
    replyCount: repliesByNote.get(r.id) ?? 0,
    theme: { code: r.theme.code, title: r.theme.title },
    href: notePath(r.theme.meeting.slug, r.theme.code, r.id),
  }));
}
