import "server-only";
// The technical-meeting theme's "From the High-level Dialogue" panel: for each
// roundtable the theme follows up, the positions the viewer may read there (their
// own group's at any status, others' once DELIVERED), their delegation's stance, and
// their delegation's and group's unresolved notes and open actions. ONE query (the
// relations are joined by PostgreSQL, relationJoins), every part filtered by the
// visibility builders of lib/authz, so nothing private crosses groups.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import {
  visibleAnnotationsWhere,
  visiblePositionsWhere,
  visibleStancesWhere,
  visibleThemesWhere,
} from "@/lib/authz/visibility";
import { POSITION_COLUMNS } from "@/lib/dal/positions";
import { visibleActionsWhere } from "@/lib/dal/actions-query";
import { UNFINISHED_STATUSES } from "@/lib/follow-up/status-transitions";
import { storedHtml } from "@/lib/markdown/stored";

/** Notes and actions shown per roundtable; the rest is a link away. */
export const PANEL_ITEMS = 5;

function panelSelect(viewer: Viewer, themeId: string) {
  const delegationId = viewer.delegation?.id ?? "";
  // The panel lists what the viewer's own delegation and group are working on:
  // public (ALL) notes and actions are on the roundtable's own page.
  const ownScopes: Prisma.AnnotationWhereInput = { scope: { in: ["DELEGATION", "GROUP"] } };
  return {
    sourceTheme: {
      select: {
        id: true,
        code: true,
        title: true,
        meeting: { select: { slug: true, title: true } },
        positions: {
          where: visiblePositionsWhere(viewer),
          orderBy: { group: "asc" },
          select: {
            ...POSITION_COLUMNS,
            carriedTo: {
              where: { targetPosition: { themeId } },
              select: { targetRevision: true, createdAt: true, carriedBy: { select: { name: true } } },
            },
          },
        },
        stances: {
          where: { AND: [visibleStancesWhere(viewer), { delegationId }] },
          select: { value: true, updatedAt: true },
        },
        annotations: {
          where: { AND: [visibleAnnotationsWhere(viewer), ownScopes, { resolvedAt: null, hiddenAt: null }] },
          orderBy: { createdAt: "desc" },
          take: PANEL_ITEMS,
          select: {
            id: true,
            scope: true,
            body: true,
            bodyHtml: true,
            renderVersion: true,
            language: true,
            createdAt: true,
            author: { select: { name: true } },
            // Its copy on this theme, if any: copied once (a deleted copy counts too).
            carriedTo: { where: { themeId }, select: { createdAt: true, author: { select: { name: true } } } },
          },
        },
        actions: {
          where: { AND: [visibleActionsWhere(viewer), { status: { in: [...UNFINISHED_STATUSES] } }] },
          orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
          take: PANEL_ITEMS,
          // What the carry button's capability check needs, beside what is shown.
          select: {
            id: true,
            title: true,
            language: true,
            scope: true,
            status: true,
            dueOn: true,
            delegationId: true,
            group: true,
            creatorId: true,
            assigneeId: true,
            copiedTo: { where: { themeId }, select: { createdAt: true, creator: { select: { name: true } } } },
          },
        },
      },
    },
  } satisfies Prisma.ThemeLinkSelect;
}

export async function dialoguePanelFor(viewer: Viewer, themeId: string) {
  const links = await db.themeLink.findMany({
    where: { themeId, sourceTheme: visibleThemesWhere(viewer) },
    orderBy: { sourceTheme: { position: "asc" } },
    select: panelSelect(viewer, themeId),
  });
  return links.map(({ sourceTheme: s }) => ({
    ...s,
    positions: s.positions.map(({ body, bodyHtml, renderVersion, carriedTo, ...p }) => ({
      ...p,
      html: storedHtml({ html: bodyHtml, renderVersion, source: body }),
      carried: carriedTo[0] ?? null,
    })),
    stance: s.stances[0] ?? null,
    annotations: s.annotations.map(({ body, bodyHtml, renderVersion, carriedTo, ...n }) => ({
      ...n,
      html: storedHtml({ html: bodyHtml, renderVersion, source: body }),
      copied: carriedTo[0] ? { person: carriedTo[0].author.name, at: carriedTo[0].createdAt } : null,
    })),
    actions: s.actions.map(({ copiedTo, ...a }) => ({
      ...a,
      copied: copiedTo[0] ? { person: copiedTo[0].creator.name, at: copiedTo[0].createdAt } : null,
    })),
  }));
}

export type TDialoguePanel = Awaited<ReturnType<typeof dialoguePanelFor>>;
