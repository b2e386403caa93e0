import "server-only";
// Server-side sessions. The browser's cookie holds a signed token naming a Session
// row; the row decides. So signing out, expiry and deactivating a person take effect
// on their next request, on every app instance, without waiting for a token to lapse.
import { db } from "@/lib/db";
import type { Viewer } from "./viewer";

export async function findViewerBySession(sessionId: string): Promise<Viewer | null> {
  const session = await db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    select: {
      id: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          locale: true,
          delegation: { select: { id: true, name: true, group: true, active: true } },
        },
      },
    },
  });
  if (!session) return null;
  const { user } = session;
  // A person whose delegation was deactivated is locked out with it.
  if (user.delegation && !user.delegation.active) return null;
  return {
    userId: user.id,
    sessionId: session.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    delegation: user.delegation
      ? { id: user.delegation.id, name: user.delegation.name, group: user.delegation.group }
      : null,
  };
}

export async function revokeSession(sessionId: string, actor: Pick<Viewer, "userId" | "delegation">) {
  await db.$transaction([
    db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.auditLog.create({
      data: {
        actorId: actor.userId,
        delegationId: actor.delegation?.id ?? null,
        action: "auth.sign_out",
        entityType: "Session",
        entityId: sessionId,
      },
    }),
  ]);
}
