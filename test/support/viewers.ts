// Viewers for integration tests of server code: the same Viewer the app builds from a
// session, built from a seeded account (see lib/seed/demo-data.ts for the emails).
import { toViewer, VIEWER_USER_SELECT, type Viewer } from "@/lib/auth/viewer";

export async function viewerFor(email: string): Promise<Viewer> {
  const { db } = await import("@/lib/db");
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: VIEWER_USER_SELECT });
  return toViewer(user, `test-session-${user.id}`);
}
