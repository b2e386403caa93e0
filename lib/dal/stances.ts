import "server-only";
// Where each delegation stands on a theme. A stance is seen only by the delegations
// of its group (lib/authz/visibility.ts); it is set by the head, or by a delegate the
// head allows (User.maySetStance), and every change is kept in StanceChange.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { can } from "@/lib/authz/permissions";
import { canCountStancesOf, canSeeStancesOf, countableStancesWhere, visibleStancesWhere } from "@/lib/authz/visibility";
import { findThemeRefForViewer, type TThemeRef } from "@/lib/dal/positions";
import { maySetStance, ownPositionGroup } from "@/lib/positions/access";
import { summarizeStances, type TStanceSummary, type TStanceValue } from "@/lib/positions/stance-summary";
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

export type TDelegationStance = { delegation: string; value: TStanceValue; note: string; updatedAt: Date };

export type TStancePanel = {
  group: TPositionGroup;
  mine: { value: TStanceValue; note: string; setBy: string; updatedAt: Date } | null;
  history: { value: TStanceValue; note: string; setBy: string; at: Date }[];
  /** Every delegation of my group that has recorded a stance on this theme. */
  groupStances: TDelegationStance[];
  summary: TStanceSummary;
  maySet: boolean;
};

const HISTORY_SHOWN = 10;

/**
 * The theme page's part of a theme query: the stances of the viewer's group on the
 * theme (none for others), each with the last changes of the viewer's own delegation.
 */
export function themeStancesSelect(viewer: Viewer) {
  const own = viewer.delegation?.id ?? "";
  return {
    stances: {
      where: visibleStancesWhere(viewer),
      orderBy: { delegation: { name: "asc" } },
      select: {
        id: true,
        value: true,
        note: true,
        updatedAt: true,
        delegationId: true,
        delegation: { select: { name: true } },
        setBy: { select: { name: true } },
        changes: {
          where: { stance: { delegationId: own } },
          orderBy: { createdAt: "desc" },
          take: HISTORY_SHOWN,
          select: { value: true, note: true, createdAt: true, setBy: { select: { name: true } } },
        },
      },
    },
  } satisfies Prisma.ThemeSelect;
}

type TThemeStancesRow = Prisma.ThemeGetPayload<{ select: ReturnType<typeof themeStancesSelect> }>;

/** The "Our stance" panel of a theme, from the fragment above (two small reads more). */
export async function stancePanelFrom(viewer: Viewer, row: TThemeStancesRow): Promise<TStancePanel | null> {
  const group = ownPositionGroup(viewer);
  if (!group || !viewer.delegation || !canSeeStancesOf(viewer, group)) return null;
  const [delegationsInGroup, maySet] = await Promise.all([db.delegation.count({ where: { group, active: true } }), viewerMaySetStance(viewer)]);
  const stances = row.stances;
  const own = stances.find((s) => s.delegationId === viewer.delegation?.id) ?? null;
  return {
    group,
    mine: own ? { value: own.value, note: own.note, setBy: own.setBy.name, updatedAt: own.updatedAt } : null,
    history: (own?.changes ?? []).map((h) => ({ value: h.value, note: h.note, setBy: h.setBy.name, at: h.createdAt })),
    groupStances: stances.map((s) => ({ delegation: s.delegation.name, value: s.value, note: s.note, updatedAt: s.updatedAt })),
    summary: summarizeStances(
      stances.map((s) => s.value),
      delegationsInGroup,
    ),
    maySet,
  };
}

/** The "Our stance" panel of a theme, for members of a government, employer or worker delegation. */
export async function findStancePanelForViewer(viewer: Viewer, theme: Pick<TThemeRef, "id">): Promise<TStancePanel | null> {
  if (!ownPositionGroup(viewer)) return null;
  const row = await db.theme.findUnique({ where: { id: theme.id }, select: themeStancesSelect(viewer) });
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
  return summarizeStances(
    rows.flatMap((r) => Array<TStanceValue>(r._count._all).fill(r.value)),
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
