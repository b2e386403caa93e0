import "server-only";
// Group positions as a viewer may read them: one position (for the position, editor
// and history pages), its revisions, and the theme it belongs to. A position the
// viewer may not see is `null` here and a 404 on the page — whether it exists or not.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { canSeePosition, canSeePositionHistory, visiblePositionsWhere, visibleThemesWhere } from "@/lib/authz/visibility";
import { mayChangePositionStatus, mayEditPosition } from "@/lib/positions/access";
import { isEditable, isPositionGroup, nextStatuses, type TPositionGroup, type TPositionStatus } from "@/lib/positions/status";
import { storedHtml } from "@/lib/markdown/stored";

export type TThemeRef = {
  id: string;
  code: string;
  title: string;
  meeting: { slug: string; title: string };
};

export async function findThemeRefForViewer(viewer: Viewer, meetingSlug: string, code: string): Promise<TThemeRef | null> {
  return db.theme.findFirst({
    where: { code, meeting: { slug: meetingSlug }, AND: [visibleThemesWhere(viewer)] },
    select: { id: true, code: true, title: true, meeting: { select: { slug: true, title: true } } },
  });
}

export type TPersonRef = { name: string; delegation: string | null };

export type TPositionView = {
  theme: TThemeRef;
  group: TPositionGroup;
  /** False until the first save: the group has not started this position. */
  exists: boolean;
  status: TPositionStatus;
  /** The source, for the editor. */
  body: string;
  /** Safe HTML stored when the text was saved (lib/markdown): what pages show. */
  bodyHtml: string;
  /** The language the text is written in, when known (its `lang`). */
  language: Locale | null;
  revision: number;
  updatedAt: Date | null;
  updatedBy: TPersonRef | null;
  agreedAt: Date | null;
  deliveredAt: Date | null;
  /** Heads who agreed, with the revision they agreed to. */
  agreements: { delegation: string; person: string; revision: number; at: Date }[];
  isMember: boolean;
  canEdit: boolean;
  canChangeStatus: boolean;
  /** A head of the group whose delegation has not yet agreed to this AGREED text. */
  canAgree: boolean;
  nextStatuses: readonly TPositionStatus[];
};

// The columns of a position its views need, with the heads' agreements and the
// author of the latest revision (GroupPosition keeps only the id, for the atomic
// update), in the same query.
/** A position's own columns, as every view of one reads them. */
export const POSITION_COLUMNS = {
  id: true,
  group: true,
  status: true,
  body: true,
  bodyHtml: true,
  renderVersion: true,
  language: true,
  revision: true,
  updatedAt: true,
  agreedAt: true,
  deliveredAt: true,
} as const;

const positionSelect = {
  ...POSITION_COLUMNS,
  agreements: {
    orderBy: { createdAt: "asc" },
    select: { delegationId: true, revision: true, createdAt: true, delegation: { select: { name: true } }, user: { select: { name: true } } },
  },
  revisions: {
    orderBy: { number: "desc" },
    take: 1,
    select: { number: true, author: { select: { name: true } }, delegation: { select: { name: true } } },
  },
} satisfies Prisma.GroupPositionSelect;

type TPositionRow = Prisma.GroupPositionGetPayload<{ select: typeof positionSelect }>;

/** The position of `group` on a theme, or null when the viewer may not see it. */
export async function findPositionForViewer(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  group: TPositionGroup,
): Promise<TPositionView | null> {
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!theme) return null;
  const row = await db.groupPosition.findUnique({ where: { themeId_group: { themeId: theme.id, group } }, select: positionSelect });
  return positionView(viewer, theme, group, row);
}

/** Builds the view of one group's position from its row (null: not written yet). */
export function positionView(viewer: Viewer, theme: TThemeRef, group: TPositionGroup, row: TPositionRow | null): TPositionView | null {
  const status: TPositionStatus = row?.status ?? "DRAFT";
  if (!canSeePosition(viewer, { group, status })) return null;

  // Like the rest of the history, who edited last is only for the group.
  const isMember = canSeePositionHistory(viewer, group);
  const latest = isMember && row && row.revision > 0 ? row.revisions.find((r) => r.number === row.revision) : undefined;

  const canChangeStatus = mayChangePositionStatus(viewer, group);
  const alreadyAgreed = row?.agreements.some((a) => a.delegationId === viewer.delegation?.id) ?? false;
  return {
    theme,
    group,
    exists: Boolean(row && row.revision > 0),
    status,
    body: row?.body ?? "",
    bodyHtml: row ? storedHtml({ html: row.bodyHtml, renderVersion: row.renderVersion, source: row.body }) : "",
    language: row?.language ?? null,
    revision: row?.revision ?? 0,
    updatedAt: row && row.revision > 0 ? row.updatedAt : null,
    updatedBy: latest ? { name: latest.author.name, delegation: latest.delegation.name } : null,
    agreedAt: row?.agreedAt ?? null,
    deliveredAt: row?.deliveredAt ?? null,
    agreements: (isMember ? (row?.agreements ?? []) : []).map((a) => ({
      delegation: a.delegation.name,
      person: a.user.name,
      revision: a.revision,
      at: a.createdAt,
    })),
    isMember,
    canEdit: mayEditPosition(viewer, group) && isEditable(status),
    canChangeStatus,
    canAgree: canChangeStatus && status === "AGREED" && !alreadyAgreed,
    // A position nobody has written cannot be agreed.
    nextStatuses: canChangeStatus && row && row.revision > 0 ? nextStatuses(status) : [],
  };
}

export const REVISIONS_PAGE_SIZE = 50;

export type TRevisionSummary = {
  number: number;
  status: TPositionStatus;
  createdAt: Date;
  author: TPersonRef;
  restoredFrom: number | null;
};

/** A page of revisions, newest first; only the group's own delegations see them. */
export async function listRevisionsForViewer(
  viewer: Viewer,
  position: Pick<TPositionView, "theme" | "group">,
  page = 1,
): Promise<{ revisions: TRevisionSummary[]; total: number }> {
  if (!canSeePositionHistory(viewer, position.group)) return { revisions: [], total: 0 };
  const where = { position: { themeId: position.theme.id, group: position.group } };
  const [rows, total] = await Promise.all([
    db.positionRevision.findMany({
      where,
      orderBy: { number: "desc" },
      skip: (page - 1) * REVISIONS_PAGE_SIZE,
      take: REVISIONS_PAGE_SIZE,
      select: {
        number: true,
        status: true,
        createdAt: true,
        restoredFrom: true,
        author: { select: { name: true } },
        delegation: { select: { name: true } },
      },
    }),
    db.positionRevision.count({ where }),
  ]);
  return {
    revisions: rows.map((r) => ({
      number: r.number,
      status: r.status,
      createdAt: r.createdAt,
      restoredFrom: r.restoredFrom,
      author: { name: r.author.name, delegation: r.delegation.name },
    })),
    total,
  };
}

/** The texts of some revisions (revision 0 is the empty text before the first save). */
export async function revisionBodiesForViewer(
  viewer: Viewer,
  position: Pick<TPositionView, "theme" | "group">,
  numbers: number[],
): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!canSeePositionHistory(viewer, position.group)) return out;
  if (numbers.includes(0)) out.set(0, "");
  const rows = await db.positionRevision.findMany({
    where: { position: { themeId: position.theme.id, group: position.group }, number: { in: numbers.filter((n) => n > 0) } },
    select: { number: true, body: true },
  });
  for (const r of rows) out.set(r.number, r.body);
  return out;
}

export type TThemePositionSummary = {
  group: TPositionGroup;
  status: TPositionStatus;
  revision: number;
  updatedAt: Date;
  deliveredAt: Date | null;
};

/**
 * The theme page's part of a theme query: every position of the theme the viewer may
 * see (their group's, and delivered ones), in full, so the panel shows the group's own
 * position and lists the delivered ones without further queries.
 */
export function themePositionsSelect(viewer: Viewer) {
  return {
    positions: { where: visiblePositionsWhere(viewer), orderBy: { group: "asc" }, select: positionSelect },
  } satisfies Prisma.ThemeSelect;
}

type TThemePositionsRow = Prisma.ThemeGetPayload<{ select: ReturnType<typeof themePositionsSelect> }>;

/** The written positions of a theme, from the fragment above. */
export function themePositionsFrom(row: TThemePositionsRow): TThemePositionSummary[] {
  return row.positions.flatMap((r) =>
    r.revision > 0 && isPositionGroup(r.group)
      ? [{ group: r.group, status: r.status, revision: r.revision, updatedAt: r.updatedAt, deliveredAt: r.deliveredAt }]
      : [],
  );
}

/** The viewer's group's position on the theme, from the fragment above. */
export function ownPositionFrom(viewer: Viewer, theme: TThemeRef & TThemePositionsRow, group: TPositionGroup): TPositionView | null {
  return positionView(viewer, theme, group, theme.positions.find((p) => p.group === group) ?? null);
}

/** The positions of a theme the viewer may see (their group's, and delivered ones). */
export async function listThemePositionsForViewer(viewer: Viewer, themeId: string): Promise<TThemePositionSummary[]> {
  const row = await db.theme.findUnique({ where: { id: themeId }, select: themePositionsSelect(viewer) });
  return row ? themePositionsFrom(row) : [];
}
