import "server-only";
// Who is asking, once per request (React cache). Every page, server action and route
// handler starts here; a proxy check alone protects nothing.
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./config";
import { findViewerBySession } from "./sessions";
import type { Viewer } from "./viewer";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  return findViewerBySession(session.sessionId);
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}
