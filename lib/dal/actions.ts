import "server-only";
// Follow-up actions as a viewer may read them: the list, the board, the home and
// theme panels, one action in detail. Every query starts from visibleActionsWhere
// (the visibility builder); an action the viewer may not see is `null`, a 404.
import { db } from "@/lib/db";
import { isoDate } from "@/lib/dates";
import type { Viewer } from "@/lib/auth/viewer";
import type { ActionPriority, ActionStatus, Locale, Scope } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canSeeAnnotation, canSeeTheme, visibleAnnotationsWhere } from "@/lib/authz/visibility";
import { notePath } from "@/lib/annotations/paths";
import { actionCapabilities } from "@/lib/follow-up/capabilities";
import { allowedNextStatuses, isUnfinished, UNFINISHED_STATUSES } from "@/lib/follow-up/status-transitions";
import type { TActionFilters } from "@/lib/validation/follow-up-actions";
import { loadActionListDirectory, type TActionDirectory } from "./actions-directory";
import { storedHtml } from "@/lib/markdown/stored";
import { workspaceNow } from "@/lib/time/workspace-date";
import {
  ACTION_ROW_SELECT,
  actionsOrderBy,
  addDays,
  filteredActionsWhere,
  utcToday,
  visibleActionsWhere,
  type TActionRowRecord,
} from "./actions-query";

export const PAGE_SIZE = 25;

/** Actions are never shared with ALL (a database CHECK); the type says so too. */
export type TActionScope = Exclude<Scope, "ALL">;
function actionScope(scope: Scope): TActionScope {
  if (scope === "ALL") throw new Error("a follow-up action cannot have scope ALL");
  return scope;
}

export type TActionRow = {
  id: string;
  title: string;
  /** The language of the title, recorded when written (its `lang`). */
  language: Locale | null;
  status: ActionStatus;
  priority: ActionPriority;
  scope: TActionScope;
  dueOn: string | null;
  overdue: boolean;
  dueThisWeek: boolean;
  assignee: { id: string; name: string; delegationName: string } | null;
  delegationName: string;
  meeting: { slug: string; title: string } | null;
  theme: { code: string; title: string; meetingSlug: string } | null;
  blockedReason: string | null;
  updatedAt: string;
};

export function toActionRow(record: TActionRowRecord, directory: TActionDirectory, today: Date): TActionRow {
  const meeting = directory.meeting(record.meetingId);
  const unfinished = isUnfinished(record.status);
  const due = record.dueOn;
  return {
    id: record.id,
    title: record.title,
    language: record.language,
    status: record.status,
    priority: record.priority,
    scope: actionScope(record.scope),
    dueOn: isoDate(due),
    overdue: unfinished && due !== null && due < today,
    dueThisWeek: unfinished && due !== null && due >= today && due < addDays(today, 7),
    assignee: record.assigneeId
      ? { id: record.assigneeId, name: record.assignee?.name ?? "—", delegationName: record.assignee?.delegation?.name ?? "" }
      : null,
    delegationName: record.delegation.name,
    meeting: meeting ? { slug: meeting.slug, title: meeting.title } : null,
    theme: directory.theme(record.themeId) ?? null,
    blockedReason: record.blockedReason,
    updatedAt: record.updatedAt.toISOString(),
  };
}

export type TActionPage = { rows: TActionRow[]; total: number; page: number; pageCount: number; pageSize: number };

/** One page of the list: exactly two queries (rows and count), whatever the filters. */
export async function listActionsForViewer(
  viewer: Viewer,
  filters: TActionFilters,
  { pageSize = PAGE_SIZE, now = workspaceNow(), directory }: { pageSize?: number; now?: Date; directory?: TActionDirectory } = {},
): Promise<TActionPage> {
  const where = filteredActionsWhere(viewer, filters, now);
  const [records, total, dir] = await Promise.all([
    db.followUpAction.findMany({
      where,
      orderBy: actionsOrderBy(filters),
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
      select: ACTION_ROW_SELECT,
    }),
    db.followUpAction.count({ where }),
    directory ?? loadActionListDirectory(viewer, filters.assignee),
  ]);
  const today = utcToday(now);
  return {
    rows: records.map((r) => toActionRow(r, dir, today)),
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
  };
}

export const BOARD_LIMIT = 300;
export const BOARD_FINISHED_DAYS = 30;

export type TBoard = {
  columns: { status: ActionStatus; rows: TActionRow[]; total: number }[];
  truncated: boolean;
  /** Cards whose status this viewer may change (they get the move control). */
  movable: Set<string>;
};

const BOARD_ORDER: ActionStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"];

/**
 * The board: unfinished actions, and finished ones changed in the last 30 days (older
 * ones stay in the list), in two queries: the cards and the counts per column.
 */
export async function listBoardForViewer(viewer: Viewer, filters: TActionFilters, now = workspaceNow()): Promise<TBoard> {
  const where = filteredActionsWhere(viewer, { ...filters, status: "all" }, now);
  const recent = addDays(now, -BOARD_FINISHED_DAYS);
  const boardWhere = { AND: [where, { OR: [{ status: { in: [...UNFINISHED_STATUSES] } }, { updatedAt: { gte: recent } }] }] };
  const [records, counts, directory] = await Promise.all([
    db.followUpAction.findMany({ where: boardWhere, orderBy: actionsOrderBy(filters), take: BOARD_LIMIT, select: ACTION_ROW_SELECT }),
    db.followUpAction.groupBy({ by: ["status"], where: boardWhere, _count: { _all: true } }),
    loadActionListDirectory(viewer, filters.assignee),
  ]);
  const today = utcToday(now);
  const rows = records.map((r) => toActionRow(r, directory, today));
  const columns = BOARD_ORDER.map((status) => ({
    status,
    rows: rows.filter((r) => r.status === status),
    total: counts.find((c) => c.status === status)?._count._all ?? 0,
  }));
  const movable = new Set(records.filter((r) => actionCapabilities(viewer, r).changeStatus).map((r) => r.id));
  return { columns, truncated: columns.some((c) => c.rows.length < c.total), movable };
}

/**
 * Home page: my unfinished actions, what is overdue and what is due within 7 days.
 * Two queries: the first five, and my unfinished actions counted per due date (as
 * many groups as distinct dates, whatever the number of actions).
 */
export async function summariseMyActions(viewer: Viewer, now = workspaceNow()) {
  const today = utcToday(now);
  const weekEnd = addDays(today, 7);
  const mine = { AND: [visibleActionsWhere(viewer), { assigneeId: viewer.userId, status: { in: [...UNFINISHED_STATUSES] } }] };
  const [records, byDueDate] = await Promise.all([
    db.followUpAction.findMany({
      where: mine,
      orderBy: actionsOrderBy({ sort: "due", dir: "asc" }),
      take: 5,
      select: { id: true, title: true, language: true, status: true, dueOn: true, assignee: { select: { name: true } } },
    }),
    db.followUpAction.groupBy({ by: ["dueOn"], where: mine, _count: { _all: true } }),
  ]);
  let open = 0;
  let overdue = 0;
  let dueThisWeek = 0;
  for (const group of byDueDate) {
    const n = group._count._all;
    open += n;
    if (group.dueOn && group.dueOn < today) overdue += n;
    else if (group.dueOn && group.dueOn < weekEnd) dueThisWeek += n;
  }
  return { rows: records.map((r) => toShortActionRow(r, today)), open, overdue, dueThisWeek };
}

/** Theme page: unfinished actions on this theme that the viewer may see. */
export const THEME_ACTIONS_SHOWN = 5;

/**
 * The theme panel's part of a theme query: the first unfinished actions on the theme
 * the viewer may see, with their assignee's name, and how many there are. A fragment
 * of `theme.findFirst({ select })`, so the theme page reads it in its one theme query
 * (lib/dal/meetings.ts) and the names need no second lookup.
 */
export function themeActionsSelect(viewer: Viewer) {
  const where = { AND: [visibleActionsWhere(viewer), { status: { in: [...UNFINISHED_STATUSES] } }] };
  return {
    actions: {
      where,
      orderBy: actionsOrderBy({ sort: "due", dir: "asc" }),
      take: THEME_ACTIONS_SHOWN,
      select: { id: true, title: true, language: true, status: true, dueOn: true, assignee: { select: { name: true } } },
    },
    _count: { select: { actions: { where } } },
  } satisfies Prisma.ThemeSelect;
}

type TThemeActionsRow = Prisma.ThemeGetPayload<{ select: ReturnType<typeof themeActionsSelect> }>;

export type TThemeActionRow = Pick<TActionRow, "id" | "title" | "language" | "status" | "dueOn" | "overdue" | "dueThisWeek"> & {
  assignee: { name: string } | null;
};

type TShortActionRecord = { id: string; title: string; language: Locale | null; status: ActionStatus; dueOn: Date | null; assignee: { name: string } | null };

/** An unfinished action as the home and theme panels list it. */
function toShortActionRow(a: TShortActionRecord, today: Date): TThemeActionRow {
  return {
    id: a.id,
    title: a.title,
    language: a.language,
    status: a.status,
    dueOn: isoDate(a.dueOn),
    overdue: a.dueOn !== null && a.dueOn < today,
    dueThisWeek: a.dueOn !== null && a.dueOn >= today && a.dueOn < addDays(today, 7),
    assignee: a.assignee,
  };
}

export function themeActionsFrom(row: TThemeActionsRow, now = workspaceNow()): { rows: TThemeActionRow[]; total: number } {
  const today = utcToday(now);
  return { rows: row.actions.map((a) => toShortActionRow(a, today)), total: row._count.actions };
}

/** The same panel on its own (one query), for callers without the theme page's load. */
export async function listThemeActionsForViewer(viewer: Viewer, themeId: string, now = workspaceNow()) {
  const row = await db.theme.findUnique({ where: { id: themeId }, select: themeActionsSelect(viewer) });
  return row ? themeActionsFrom(row, now) : { rows: [], total: 0 };
}

const personSelect = { select: { id: true, name: true, delegation: { select: { name: true } } } } as const;

export async function findActionForViewer(viewer: Viewer, id: string, now = workspaceNow()) {
  const action = await db.followUpAction.findFirst({
    where: { AND: [{ id }, visibleActionsWhere(viewer)] },
    select: {
      ...ACTION_ROW_SELECT,
      description: true,
      descriptionHtml: true,
      renderVersion: true,
      language: true,
      group: true,
      version: true,
      annotationId: true,
      creator: personSelect,
      assignee: personSelect,
      delegation: { select: { name: true } },
      meeting: { select: { slug: true, title: true } },
      theme: { select: { id: true, code: true, title: true, meeting: { select: { slug: true } } } },
      annotation: {
        select: {
          id: true,
          scope: true,
          delegationId: true,
          group: true,
          deletedAt: true,
          hiddenAt: true,
          quoteExact: true,
          body: true,
          language: true,
          author: { select: { name: true } },
          delegation: { select: { name: true } },
          theme: { select: { code: true, archivedAt: true, meeting: { select: { slug: true, archivedAt: true } } } },
        },
      },
      // A copy has its source's scope, delegation and group (never edited), so
      // whoever sees one sees the other; deleted ones are left out.
      copiedFrom: { select: { id: true, deletedAt: true, theme: { select: { code: true } } } },
      copiedTo: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, theme: { select: { code: true } } },
      },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, changes: true, createdAt: true, actor: personSelect },
      },
      comments: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, bodyHtml: true, renderVersion: true, language: true, createdAt: true, author: personSelect },
      },
    },
  });
  if (!action) return null;
  const today = utcToday(now);
  const unfinished = isUnfinished(action.status);
  // The source note is linked only for those who may read it (it may be narrower
  // than the action, e.g. a delegation note turned into a group action).
  const note = action.annotation;
  // Hidden notes stay unlinked here even for the secretariat, who sees no actions anyway.
  const noteVisible = note && !note.hiddenAt && canSeeAnnotation(viewer, note) && canSeeTheme(viewer, note.theme);
  const person = (p: { id: string; name: string; delegation: { name: string } | null } | null) =>
    p ? { id: p.id, name: p.name, delegationName: p.delegation?.name ?? "" } : null;
  return {
    id: action.id,
    title: action.title,
    language: action.language,
    /** The source, for the edit form; pages show descriptionHtml. */
    description: action.description,
    descriptionHtml: storedHtml({ html: action.descriptionHtml, renderVersion: action.renderVersion, source: action.description }),
    status: action.status,
    priority: action.priority,
    scope: actionScope(action.scope),
    version: action.version,
    blockedReason: action.blockedReason,
    dueOn: isoDate(action.dueOn),
    overdue: unfinished && action.dueOn !== null && action.dueOn < today,
    createdAt: action.createdAt,
    updatedAt: action.updatedAt,
    delegationName: action.delegation.name,
    creator: person(action.creator)!,
    assignee: person(action.assignee),
    meeting: action.meeting,
    meetingId: action.meetingId,
    theme: action.theme ? { id: action.theme.id, code: action.theme.code, title: action.theme.title, meetingSlug: action.theme.meeting.slug } : null,
    note:
      noteVisible && note
        ? {
            id: note.id,
            quote: note.quoteExact,
            href: notePath(note.theme.meeting.slug, note.theme.code, note.id),
            author: note.author.name,
            delegation: note.delegation.name,
            excerpt: excerptOf(note.body),
            language: note.language,
          }
        : null,
    assigneeId: action.assigneeId,
    copiedFrom: action.copiedFrom && !action.copiedFrom.deletedAt ? { id: action.copiedFrom.id, code: action.copiedFrom.theme?.code ?? null } : null,
    copiedTo: action.copiedTo.map((c) => ({ id: c.id, code: c.theme?.code ?? null })),
    events: action.events.map((e) => ({ id: e.id.toString(), kind: e.kind, changes: e.changes, createdAt: e.createdAt, actor: person(e.actor)! })),
    comments: action.comments.map((c) => ({
      id: c.id,
      bodyHtml: storedHtml({ html: c.bodyHtml, renderVersion: c.renderVersion, source: c.body }),
      language: c.language,
      createdAt: c.createdAt,
      author: person(c.author)!,
    })),
    can: actionCapabilities(viewer, action),
    nextStatuses: allowedNextStatuses(action.status),
    // Kept for the capability checks of the forms on the page.
    delegationId: action.delegationId,
  };
}

/** The opening of a note's text, as the action's page cites it. */
const NOTE_EXCERPT = 240;
function excerptOf(body: string): string {
  return body.length > NOTE_EXCERPT ? `${body.slice(0, NOTE_EXCERPT).trimEnd()}…` : body;
}

export type TActionDetail = NonNullable<Awaited<ReturnType<typeof findActionForViewer>>>;

/** A note to turn into an action ("Make this an action"), if the viewer may read it. */
export async function findNoteForNewAction(viewer: Viewer, annotationId: string) {
  const note = await db.annotation.findFirst({
    // The same rule as the note's own page (scope, theme not archived, not deleted),
    // and never a note hidden by moderation.
    where: { AND: [{ id: annotationId, hiddenAt: null }, visibleAnnotationsWhere(viewer)] },
    select: {
      id: true,
      scope: true,
      themeId: true,
      quoteExact: true,
      body: true,
      bodyHtml: true,
      renderVersion: true,
      language: true,
      theme: { select: { meetingId: true } },
    },
  });
  if (!note) return null;
  return {
    id: note.id,
    scope: note.scope,
    themeId: note.themeId,
    meetingId: note.theme.meetingId,
    quote: note.quoteExact,
    language: note.language,
    bodyHtml: storedHtml({ html: note.bodyHtml, renderVersion: note.renderVersion, source: note.body }),
  };
}
