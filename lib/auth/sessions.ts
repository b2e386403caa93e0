import "server-only";
// Server-side sessions. The browser's cookie holds a signed token naming a Session
// row; the row decides. So signing out, expiry and deactivating a person take effect
// on their next request, on every app instance, without waiting for a token to lapse.
import { db } from "@/lib/db";
import { toViewer, VIEWER_USER_SELECT, type Viewer } from "./viewer";

const liveSessionWhere = () => ({ revokedAt: null, expiresAt: { gt: new Date() }, user: { active: true } });
const SESSION_VIEWER_SELECT = { id: true, user: { select: VIEWER_USER_SELECT } } as const;

type TSessionRow = { id: string; user: Parameters<typeof toViewer>[0] & { delegation: { active: boolean } | null } };

function viewerOf(session: TSessionRow | null): Viewer | null {
  if (!session) return null;
  // A person whose delegation was deactivated is locked out with it.
  if (session.user.delegation && !session.user.delegation.active) return null;
  return toViewer(session.user, session.id);
}

export async function findViewerBySession(sessionId: string): Promise<Viewer | null> {
  return viewerOf(await db.session.findFirst({ where: { id: sessionId, ...liveSessionWhere() }, select: SESSION_VIEWER_SELECT }));
}

/** The same check for many sessions in one query (the live streams' heartbeat); absent = no longer valid. */
export async function findViewersBySessions(sessionIds: string[]): Promise<Map<string, Viewer>> {
  const rows = await db.session.findMany({ where: { id: { in: sessionIds }, ...liveSessionWhere() }, select: SESSION_VIEWER_SELECT });
  const viewers = new Map<string, Viewer>();
  for (const row of rows) {
    const viewer = viewerOf(row);
    if (viewer) viewers.set(row.id, viewer);
  }
  return viewers;
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
