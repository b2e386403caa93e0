import "server-only";
// The audit log as a viewer may read it: the secretariat sees administrative events
// and events on public (ALL-scope) content, a head of delegation their delegation's
// events, nobody else anything. Paged by id (newest first), filters on indexed
// columns.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { canSeeAuditLog } from "@/lib/authz/admin";

export type TAuditFilters = { actorEmail?: string; entityType?: string; from?: string; to?: string; before?: string };

export const AUDIT_PAGE_SIZE = 50;

// Events that concern everyone or the running of the meetings, not one delegation's
// private material.
const SECRETARIAT_ACTION_PREFIXES = ["meeting.", "theme.", "delegation.", "user.", "auth.", "authz.", "annotation.moderate", "annotation.hide", "annotation.unhide"];

function scopeWhere(viewer: Viewer): Prisma.AuditLogWhereInput | null {
  if (!canSeeAuditLog(viewer)) return null;
  if (viewer.role === "HEAD_OF_DELEGATION") return viewer.delegation ? { delegationId: viewer.delegation.id } : null;
  return {
    OR: [
      ...SECRETARIAT_ACTION_PREFIXES.map((prefix) => ({ action: { startsWith: prefix } })),
      { summary: { path: ["scope"], equals: "ALL" } },
    ],
  };
}

function filterWhere(filters: TAuditFilters): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ...(filters.actorEmail ? { actor: { email: filters.actorEmail.trim().toLowerCase() } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
    ...(filters.before && /^\d+$/.test(filters.before) ? { id: { lt: BigInt(filters.before) } } : {}),
  };
}

const SELECT = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
} as const;

export async function listAuditEntriesForViewer(viewer: Viewer, filters: TAuditFilters, take = AUDIT_PAGE_SIZE) {
  const scope = scopeWhere(viewer);
  if (!scope) return null;
  const rows = await db.auditLog.findMany({
    where: { AND: [scope, filterWhere(filters)] },
    orderBy: { id: "desc" },
    take: take + 1,
    select: SELECT,
  });
  return { rows: rows.slice(0, take), nextBefore: rows.length > take ? String(rows[take - 1]!.id) : null };
}

/** Every matching entry, newest first, in batches of 500 so memory stays flat. */
export async function* iterateAuditEntriesForViewer(viewer: Viewer, filters: TAuditFilters) {
  const scope = scopeWhere(viewer);
  if (!scope) return;
  let before = filters.before;
  for (;;) {
    const rows = await db.auditLog.findMany({
      where: { AND: [scope, filterWhere({ ...filters, before })] },
      orderBy: { id: "desc" },
      take: 500,
      select: SELECT,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < 500) return;
    before = String(rows[rows.length - 1]!.id);
  }
}

export async function listAuditEntityTypes(viewer: Viewer): Promise<string[]> {
  const scope = scopeWhere(viewer);
  if (!scope) return [];
  const rows = await db.auditLog.findMany({ where: scope, distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
