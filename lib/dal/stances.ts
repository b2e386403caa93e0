import "server-only";
// Where each delegation stands on a theme. A stance is seen only by the delegations
// of its group (lib/authz/visibility.ts); it is set by the head, or by a delegate the
// head allows (User.maySetStance), and every change is kept in StanceChange.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { can } from "@/lib/authz/permissions";
import { canCountStancesOf, canSeeStancesOf, countableStancesWhere, visibleStancesWhere } from "@/lib/authz/visibility";
import { findThemeRefForViewer, type TThemeRef } from "@/lib/dal/positions";
import { maySetStance, ownPositionGroup } from "@/lib/positions/access";
import { summarizeStanceCounts, summarizeStances, type TStanceSummary, type TStanceValue } from "@/lib/positions/stance-summary";
import type { TPositionGroup } from "@/lib/positions/status";
import type { TStanceInput } from "@/lib/validation/positions";

/** Whether this person may record their delegation's stance (a fresh read of the flag). */
export async function viewerMaySetStance(viewer: Viewer): Promise<boolean> {
  if (!ownPositionGroup(viewer)) return false;
  if (can(viewer, "stances.set")) return true;
  if (viewer.role !== "DELEGATE") return false;
  const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { maySetStance: true } });
  return maySetStance(viewer, user?.maySetStance ?? false);
}

export type TStanceSaveOutcome = { kind: "saved" } | { kind: "notFound" };

export async function setStanceForViewer(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  input: TStanceInput,
): Promise<TStanceSaveOutcome> {
  if (!viewer.delegation || !(await viewerMaySetStance(viewer))) return { kind: "notFound" };
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!theme) return { kind: "notFound" };
  const delegationId = viewer.delegation.id;
  await db.$transaction(async (tx) => {
    // Native upsert (INSERT … ON CONFLICT) on the unique (themeId, delegationId), so
    // two heads' first stances cannot create two rows.
    const stance = await tx.stance.upsert({
      where: { themeId_delegationId: { themeId: theme.id, delegationId } },
      create: { themeId: theme.id, delegationId, value: input.value, note: input.note, setById: viewer.userId },
      update: { value: input.value, note: input.note, setById: viewer.userId },
      select: { id: true },
    });
    await tx.stanceChange.create({ data: { stanceId: stance.id, value: input.value, note: input.note, setById: viewer.userId } });
    await tx.auditLog.create({
      data: auditEntry(viewer, "stance.set", { type: "Stance", id: stance.id }, { theme: theme.code, value: input.value }),
    });
  });
  return { kind: "saved" };
}

/** `language`: the note's, recorded when it was written (its `lang`). */
export type TDelegationStance = { delegation: string; value: TStanceValue; note: string; language: Locale | null; setBy: string; updatedAt: Date };

export type TStancePanel = {
  group: TPositionGroup;
  mine: { value: TStanceValue; note: string; setBy: string; updatedAt: Date } | null;
  history: { value: TStanceValue; note: string; setBy: string; at: Date }[];
  /** Counts of my group's stances; each delegation's is on the theme's stances page. */
  summary: TStanceSummary;
  maySet: boolean;
};

const HISTORY_SHOWN = 10;

/**
 * The theme page's part of a theme query: the stance of the viewer's own delegation
 * (through the visibility rule, so none for people without a group), with its last
 * changes. The group's other stances are counted, not listed (stancePanelFrom).
 */
export function themeStancesSelect(viewer: Viewer) {
  const own = viewer.delegation?.id ?? "";
  return {
    stances: {
      where: { delegationId: own, AND: [visibleStancesWhere(viewer)] },
      select: {
        id: true,
        value: true,
        note: true,
        updatedAt: true,
        delegationId: true,
        setBy: { select: { name: true } },
        changes: {
          orderBy: { createdAt: "desc" },
          take: HISTORY_SHOWN,
          select: { value: true, note: true, createdAt: true, setBy: { select: { name: true } } },
        },
      },
    },
  } satisfies Prisma.ThemeSelect;
}

type TThemeStancesRow = Prisma.ThemeGetPayload<{ select: ReturnType<typeof themeStancesSelect> }> & { id: string };

/** Counts per stance value of the stances this viewer may see on a theme. */
async function countVisibleStances(viewer: Viewer, themeId: string, group: TPositionGroup): Promise<TStanceSummary> {
  const [rows, delegationsInGroup] = await Promise.all([
    db.stance.groupBy({ by: ["value"], where: { themeId, AND: [visibleStancesWhere(viewer)] }, _count: { _all: true } }),
    db.delegation.count({ where: { group, active: true } }),
  ]);
  return summarizeStanceCounts(
    rows.map((r) => ({ value: r.value, count: r._count._all })),
    delegationsInGroup,
  );
}

/** The "Our stance" panel of a theme, from the fragment above (three small reads more, in parallel). */
export async function stancePanelFrom(viewer: Viewer, row: TThemeStancesRow): Promise<TStancePanel | null> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation || !canSeeStancesOf(viewer, group)) return null;
  const [summary, maySet] = await Promise.all([countVisibleStances(viewer, row.id, group), viewerMaySetStance(viewer)]);
  const own = row.stances.find((s) => s.delegationId === viewer.delegation?.id) ?? null;
  return {
    group,
    mine: own ? { value: own.value, note: own.note, setBy: own.setBy.name, updatedAt: own.updatedAt } : null,
    history: (own?.changes ?? []).map((h) => ({ value: h.value, note: h.note, setBy: h.setBy.name, at: h.createdAt })),
    summary,
    maySet,
  };
}

export type TGroupStances = { theme: TThemeRef; group: TPositionGroup; summary: TStanceSummary; stances: TDelegationStance[] };

/**
 * Every stance of the viewer's group on a theme, by delegation, for the theme's
 * stances page; null (a 404) for people without a group and for themes they cannot see.
 */
export async function listGroupStancesForViewer(viewer: Viewer, meetingSlug: string, themeCode: string): Promise<TGroupStances | null> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation || !canSeeStancesOf(viewer, group)) return null;
  const theme = await findThemeRefForViewer(viewer, meetingSlug, themeCode);
  if (!theme) return null;
  const [rows, delegationsInGroup] = await Promise.all([
    db.stance.findMany({
      where: { themeId: theme.id, AND: [visibleStancesWhere(viewer)] },
      orderBy: { delegation: { name: "asc" } },
      select: { value: true, note: true, language: true, updatedAt: true, delegation: { select: { name: true } }, setBy: { select: { name: true } } },
    }),
    db.delegation.count({ where: { group, active: true } }),
  ]);
  return {
    theme,
    group,
    summary: summarizeStances(
      rows.map((r) => r.value),
      delegationsInGroup,
    ),
    stances: rows.map((r) => ({ delegation: r.delegation.name, value: r.value, note: r.note, language: r.language, setBy: r.setBy.name, updatedAt: r.updatedAt })),
  };
}

/** The "Our stance" panel of a theme, for members of a government, employer or worker delegation. */
export async function findStancePanelForViewer(viewer: Viewer, theme: Pick<TThemeRef, "id">): Promise<TStancePanel | null> {
  if (!ownPositionGroup(viewer)) return null;
  const row = await db.theme.findUnique({ where: { id: theme.id }, select: { id: true, ...themeStancesSelect(viewer) } });
  return row ? stancePanelFrom(viewer, row) : null;
}

/**
 * Counts of another group's stances on a theme, once that group has delivered its
 * position there; null when the viewer may not count them.
 */
export async function countStancesForViewer(viewer: Viewer, themeId: string, group: TPositionGroup): Promise<TStanceSummary | null> {
  const position = await db.groupPosition.findUnique({ where: { themeId_group: { themeId, group } }, select: { status: true } });
  if (!canCountStancesOf(viewer, group, position?.status ?? null)) return null;
  const [rows, delegationsInGroup] = await Promise.all([
    db.stance.groupBy({
      by: ["value"],
      where: { themeId, delegation: { group }, AND: [countableStancesWhere(viewer)] },
      _count: { _all: true },
    }),
    db.delegation.count({ where: { group, active: true } }),
  ]);
  return summarizeStanceCounts(
    rows.map((r) => ({ value: r.value, count: r._count._all })),
    delegationsInGroup,
  );
}

// ── The head decides which delegates of their delegation may record stances.

export type TStanceDelegate = { id: string; name: string; maySetStance: boolean };

export async function listStanceDelegatesForViewer(viewer: Viewer): Promise<TStanceDelegate[] | null> {
  if (!viewer.delegation || !ownPositionGroup(viewer) || !can(viewer, "stances.allowDelegates")) return null;
  return db.user.findMany({
    where: { delegationId: viewer.delegation.id, role: "DELEGATE", active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, maySetStance: true },
  });
}

export async function setStancePermissionForViewer(
  viewer: Viewer,
  input: { userId: string; allowed: boolean },
): Promise<{ kind: "saved" } | { kind: "notFound" }> {
  if (!viewer.delegation || !ownPositionGroup(viewer) || !can(viewer, "stances.allowDelegates")) return { kind: "notFound" };
  const delegationId = viewer.delegation.id;
  const done = await db.$transaction(async (tx) => {
    // The person must be a delegate of the head's own delegation; anyone else is
    // "not found", like a person who does not exist.
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, delegationId, role: "DELEGATE" },
      data: { maySetStance: input.allowed },
    });
    if (count === 0) return false;
    await tx.auditLog.create({
      data: auditEntry(viewer, "stance.permission", { type: "User", id: input.userId }, { maySetStance: input.allowed }),
    });
    return true;
  });
  return done ? { kind: "saved" } : { kind: "notFound" };
}
