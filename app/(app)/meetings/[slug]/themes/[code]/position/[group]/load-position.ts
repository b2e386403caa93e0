import "server-only";
// The position named by a route (meeting slug, theme code, group segment), as the
// signed-in viewer may see it: null for an unknown group, theme or a position the
// viewer may not read — the pages answer 404 alike.
import { cache } from "react";
import { requireViewer } from "@/lib/auth/current-viewer";
import { findPositionForViewer } from "@/lib/dal/positions";
import { groupFromSlug } from "@/lib/positions/status";

export type TPositionParams = Promise<{ slug: string; code: string; group: string }>;

export const loadPosition = cache(async (slug: string, code: string, groupSegment: string) => {
  const viewer = await requireViewer();
  const group = groupFromSlug(groupSegment);
  if (!group) return null;
  let themeCode: string;
  try {
    themeCode = decodeURIComponent(code);
  } catch {
    return null; // a malformed address is simply not found
  }
  const position = await findPositionForViewer(viewer, slug, themeCode, group);
  return position ? { viewer, position } : null;
});
