import "server-only";
// Server-side sessions. The browser's cookie holds a signed token naming a Session
// row; the row decides. So signing out, expiry and deactivating a person take effect
// on their next request, on every app instance, without waiting for a token to lapse.
import { db } from "@/lib/db";
import { toViewer, VIEWER_USER_SELECT, type Viewer } from "./viewer";

export async function findViewerBySession(sessionId: string): Promise<Viewer | null> {
  const session = await db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    select: { id: true, user: { select: VIEWER_USER_SELECT } },
  });
  if (!session) return null;
  // A person whose delegation was deactivated is locked out with it.
  if (session.user.delegation && !session.user.delegation.active) return null;
  return toViewer(session.user, session.id);
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
