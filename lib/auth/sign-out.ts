import "server-only";
// Ending the current session, the one way: the server-side Session row is revoked
// first (so a copy of the cookie opens nothing any more), then the cookie is cleared.
// The Sign out button and POST /api/auth/signout both come here.
import { signOut } from "./config";
import { getViewer } from "./current-viewer";
import { revokeSession } from "./sessions";

export async function endCurrentSession(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await revokeSession(viewer.sessionId, viewer);
  await signOut({ redirect: false });
}
