// Which status an action may move to from the one it has. The normal path is
// OPEN → IN_PROGRESS → DONE; BLOCKED (with a reason) and CANCELLED are side exits
// that can be undone. Finishing straight from OPEN is refused so that "done" always
// means someone started the work; reopening DONE goes back to IN_PROGRESS.
import type { ActionStatus } from "@/lib/generated/prisma/enums";

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const satisfies readonly ActionStatus[];

/** Statuses still needing work: counted as "open", can be overdue. */
export const UNFINISHED_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED"] as const satisfies readonly ActionStatus[];

const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "BLOCKED", "CANCELLED"],
  IN_PROGRESS: ["DONE", "BLOCKED", "OPEN", "CANCELLED"],
  BLOCKED: ["IN_PROGRESS", "OPEN", "CANCELLED"],
  DONE: ["IN_PROGRESS"],
  CANCELLED: ["OPEN"],
};

export function allowedNextStatuses(from: ActionStatus): readonly ActionStatus[] {
  return NEXT[from];
}

export function isUnfinished(status: ActionStatus): boolean {
  return (UNFINISHED_STATUSES as readonly ActionStatus[]).includes(status);
}

export type TTransitionResult =
  | { ok: true; status: ActionStatus; blockedReason: string | null }
  | { ok: false; error: "illegal" | "reasonRequired" };

/**
 * Checks a move and returns what to store. A blocked action must say why; any other
 * status clears the reason, so a stale one never lingers after the block is lifted.
 */
export function transition(from: ActionStatus, to: ActionStatus, reason?: string | null): TTransitionResult {
  if (!NEXT[from].includes(to)) return { ok: false, error: "illegal" };
  if (to === "BLOCKED") {
    const trimmed = reason?.trim() ?? "";
    if (trimmed === "") return { ok: false, error: "reasonRequired" };
    return { ok: true, status: to, blockedReason: trimmed };
  }
  return { ok: true, status: to, blockedReason: null };
}
