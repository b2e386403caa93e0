import "server-only";
// Group positions as a viewer may read them: one position (for the position, editor
// and history pages), its revisions, and the theme it belongs to. A position the
// viewer may not see is `null` here and a 404 on the page — whether it exists or not.
import { db } from "@/lib/db";
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

/** The position of `group` on a theme, or null when the viewer may not see it. */
export async function findPositionForViewer(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  group: TPositionGroup,
): Promise<TPositionView | null> {
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!theme) return null;
  const row = await db.groupPosition.findUnique({
    where: { themeId_group: { themeId: theme.id, group } },
    select: {
      id: true,
      status: true,
      body: true,
      bodyHtml: true,
      renderVersion: true,
      revision: true,
      updatedAt: true,
      agreedAt: true,
      deliveredAt: true,
      agreements: {
        orderBy: { createdAt: "asc" },
        select: { delegationId: true, revision: true, createdAt: true, delegation: { select: { name: true } }, user: { select: { name: true } } },
      },
    },
  });
  const status: TPositionStatus = row?.status ?? "DRAFT";
  if (!canSeePosition(viewer, { group, status })) return null;

  // The author of the latest revision is "who edited last" (GroupPosition keeps only
  // the id, for the atomic update). Like the rest of the history, only for the group.
  const isMember = canSeePositionHistory(viewer, group);
  const latest =
    isMember && row && row.revision > 0
      ? await db.positionRevision.findUnique({
          where: { positionId_number: { positionId: row.id, number: row.revision } },
          select: { author: { select: { name: true } }, delegation: { select: { name: true } } },
        })
      : null;

  const canChangeStatus = mayChangePositionStatus(viewer, group);
  const alreadyAgreed = row?.agreements.some((a) => a.delegationId === viewer.delegation?.id) ?? false;
  return {
    theme,
    group,
    exists: Boolean(row && row.revision > 0),
    status,
    body: row?.body ?? "",
    bodyHtml: row ? storedHtml({ html: row.bodyHtml, renderVersion: row.renderVersion, source: row.body }) : "",
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

/** The positions of a theme the viewer may see (their group's, and delivered ones). */
export async function listThemePositionsForViewer(viewer: Viewer, themeId: string): Promise<TThemePositionSummary[]> {
  const rows = await db.groupPosition.findMany({
    where: { themeId, revision: { gt: 0 }, AND: [visiblePositionsWhere(viewer)] },
    orderBy: { group: "asc" },
    select: { group: true, status: true, revision: true, updatedAt: true, deliveredAt: true },
  });
  return rows.flatMap((r) => (isPositionGroup(r.group) ? [{ ...r, group: r.group }] : []));
}
