// The life of a group position: DRAFT → AGREED → DELIVERED, and back to DRAFT (by a
// head of delegation) from either. Only a DRAFT can be edited: an agreed or delivered
// text is the one heads said yes to, so changing it means reopening it first.
export type TPositionStatus = "DRAFT" | "AGREED" | "DELIVERED";

export const POSITION_STATUSES: readonly TPositionStatus[] = ["DRAFT", "AGREED", "DELIVERED"];

const NEXT: Record<TPositionStatus, readonly TPositionStatus[]> = {
  DRAFT: ["AGREED"],
  AGREED: ["DELIVERED", "DRAFT"],
  DELIVERED: ["DRAFT"],
};

export function canMoveTo(from: TPositionStatus, to: TPositionStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: TPositionStatus): readonly TPositionStatus[] {
  return NEXT[from];
}

export function isEditable(status: TPositionStatus): boolean {
  return status === "DRAFT";
}

/** Groups that hold positions and stances; observers take part but hold neither. */
export const POSITION_GROUPS = ["GOVERNMENT", "EMPLOYERS", "WORKERS"] as const;
export type TPositionGroup = (typeof POSITION_GROUPS)[number];

export function isPositionGroup(group: string | null | undefined): group is TPositionGroup {
  return (POSITION_GROUPS as readonly string[]).includes(group ?? "");
}

/** URL segment of a group ("government") and back; unknown segments are null (404). */
export function groupSlug(group: TPositionGroup): string {
  return group.toLowerCase();
}

export function groupFromSlug(slug: string): TPositionGroup | null {
  const upper = slug.toUpperCase();
  return isPositionGroup(upper) ? upper : null;
}
