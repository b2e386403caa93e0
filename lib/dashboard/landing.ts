// Where signing in leads when no page was asked for: heads of delegation and the
// secretariat to the preparation dashboard ("are we ready for Thursday?"), everyone
// else home. The sign-in form sends them to LANDING_PATH, which decides by role.
import type { Viewer } from "@/lib/auth/viewer";

export const LANDING_PATH = "/landing";

export function landingPathFor(viewer: Pick<Viewer, "role">): string {
  return viewer.role === "HEAD_OF_DELEGATION" || viewer.role === "SECRETARIAT" ? "/dashboard" : "/";
}
