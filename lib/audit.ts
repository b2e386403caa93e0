import "server-only";
// The shape of an audit row written by an action, in the action's own transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";

export function auditEntry(
  actor: Pick<Viewer, "userId" | "delegation">,
  action: string,
  entity: { type: string; id?: string | null },
  summary?: Prisma.InputJsonValue,
): Prisma.AuditLogUncheckedCreateInput {
  return {
    actorId: actor.userId,
    delegationId: actor.delegation?.id ?? null,
    action,
    entityType: entity.type,
    entityId: entity.id ?? null,
    summary,
  };
}
