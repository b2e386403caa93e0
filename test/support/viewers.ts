// Viewers for integration tests of server code: the same Viewer the app builds from a
// session, built from a seeded account (see lib/seed/demo-data.ts for the emails).
import type { Viewer } from "@/lib/auth/viewer";

export async function viewerFor(email: string): Promise<Viewer> {
  const { db } = await import("@/lib/db");
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, locale: true, delegation: { select: { id: true, name: true, group: true } } },
  });
  return {
    userId: user.id,
    sessionId: `test-session-${user.id}`,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    delegation: user.delegation,
  };
}
