// The confidentiality marking of a pack, from what it actually holds: one note or
// action in scope DELEGATION makes it "Confidential — delegation"; otherwise any
// group-only material (a GROUP note or action, the group's position before it is
// delivered, our stance or the group's counts) makes it "group only"; the rest is
// what every participant may read.
import type { TBriefingMarking, TBriefingTheme, TBriefingAction } from "./types";

type TMarked = Pick<TBriefingTheme, "openThreads" | "resolvedThreads" | "ownPosition" | "ownStance" | "groupStances" | "actions">;

export function briefingMarking(audience: object | null, themes: TMarked[], annex: Pick<TBriefingAction, "scope">[]): TBriefingMarking {
  if (!audience) return "public";
  const scopes = new Set<string>([
    ...themes.flatMap((t) => [...t.openThreads, ...t.resolvedThreads, ...t.actions].map((item) => item.scope)),
    ...annex.map((a) => a.scope),
  ]);
  if (scopes.has("DELEGATION")) return "delegation";
  const groupOnly = themes.some((t) => t.ownStance || t.groupStances || (t.ownPosition && t.ownPosition.status !== "DELIVERED"));
  return scopes.has("GROUP") || groupOnly ? "group" : "public";
}
