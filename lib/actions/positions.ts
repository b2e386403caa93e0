"use server";
import "server-only";
// Server actions of the group position: save (with conflict detection), restore a
// revision, change the status, add a head's agreement, say who has the editor open. Thin wrappers: the session
// gives the viewer, zod parses the form, lib/dal/positions-write.ts decides and
// writes (with its audit row, in one transaction). The theme comes bound from the
// page; the group is always the viewer's own.
import { recordRefusal } from "@/lib/audit-refusal";
import type { Viewer } from "@/lib/auth/viewer";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/current-viewer";
import {
  agreeToPosition,
  changePositionStatus,
  restorePositionRevision,
  savePositionText,
  type TCurrentVersion,
  type TStatusOutcome,
} from "@/lib/dal/positions-write";
import { ownPositionGroup } from "@/lib/positions/access";
import { matrixHref, positionHref, positionHistoryHref } from "@/lib/positions/paths";
import type { TPositionStatus } from "@/lib/positions/status";
import { ZPositionAgree, ZPositionEditing, ZPositionRestore, ZPositionSave, ZPositionStatusChange } from "@/lib/validation/positions";
import { setEditing } from "@/lib/dal/position-presence";

export type TPositionConflict = {
  revision: number;
  body: string;
  /** The text both editors started from, for the automatic three-way merge. */
  baseBody: string;
  person: string | null;
  delegation: string | null;
  savedAt: string | null;
};

export type TPositionEditorState = {
  /** Increases with every submission, so the form can reset its fields from state. */
  attempt: number;
  baseRevision: number;
  /** What the person last submitted: never lost, whatever happens. */
  body: string;
  fieldError?: string;
  formError?: string;
  conflict?: TPositionConflict;
  lockedStatus?: TPositionStatus;
};

function conflictOf(current: TCurrentVersion, baseBody: string): TPositionConflict {
  return {
    revision: current.revision,
    body: current.body,
    baseBody,
    person: current.author?.name ?? null,
    delegation: current.author?.delegation ?? null,
    savedAt: current.savedAt?.toISOString() ?? null,
  };
}

// The theme page, the position's own pages (nested under the theme), the matrix and
// the home page all show the position.
function revalidatePosition(meetingSlug: string) {
  revalidatePath("/meetings/[slug]/themes/[code]", "layout");
  revalidatePath(matrixHref(meetingSlug));
  revalidatePath("/");
}

export async function savePositionAction(
  meetingSlug: string,
  themeCode: string,
  previous: TPositionEditorState,
  formData: FormData,
): Promise<TPositionEditorState> {
  const viewer = await requireViewer();
  const body = String(formData.get("body") ?? "");
  const attempt = previous.attempt + 1;
  const parsed = ZPositionSave.safeParse({ body, baseRevision: formData.get("baseRevision") });
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "body");
    return { ...previous, attempt, body, fieldError: issue?.message ?? "positions.errors.generic" };
  }
  let outcome: Awaited<ReturnType<typeof savePositionText>>;
  try {
    outcome = await savePositionText(viewer, meetingSlug, themeCode, parsed.data);
  } catch (error) {
    console.error("[positions.save]", error);
    return { ...previous, attempt, body, formError: "positions.errors.generic" };
  }
  if (outcome.kind === "notFound") {
    await recordRefusal(viewer, "position.save", { type: "GroupPosition" });
    return { attempt, baseRevision: parsed.data.baseRevision, body, formError: "positions.errors.notFound" };
  }
  if (outcome.kind === "conflict") {
    return { attempt, baseRevision: outcome.current.revision, body, conflict: conflictOf(outcome.current, outcome.baseBody) };
  }
  if (outcome.kind === "locked") {
    return { attempt, baseRevision: outcome.current.revision, body, lockedStatus: outcome.current.status };
  }
  revalidatePosition(meetingSlug);
  redirect(`${positionHref(meetingSlug, themeCode, ownPositionGroup(viewer)!)}?saved=${outcome.revision}`);
}

export type TPositionStatusState = { error?: string };

async function statusError(viewer: Viewer, outcome: TStatusOutcome): Promise<TPositionStatusState> {
  if (outcome.kind === "conflict") return { error: "positions.statusActions.conflict" };
  if (outcome.kind === "invalid") return { error: "positions.statusActions.invalid" };
  await recordRefusal(viewer, "position.status", { type: "GroupPosition" });
  return { error: "positions.errors.notFound" };
}

/** A status move or an agreement: run it, then either explain the refusal or go back to the position. */
async function runStatusChange(
  viewer: Viewer,
  meetingSlug: string,
  themeCode: string,
  label: string,
  change: () => Promise<TStatusOutcome>,
): Promise<TPositionStatusState> {
  let outcome: TStatusOutcome;
  try {
    outcome = await change();
  } catch (error) {
    console.error(`[positions.${label}]`, error);
    return { error: "positions.errors.generic" };
  }
  if (outcome.kind !== "changed") return statusError(viewer, outcome);
  revalidatePosition(meetingSlug);
  redirect(positionHref(meetingSlug, themeCode, ownPositionGroup(viewer)!));
}

export async function changePositionStatusAction(
  meetingSlug: string,
  themeCode: string,
  _previous: TPositionStatusState,
  formData: FormData,
): Promise<TPositionStatusState> {
  const viewer = await requireViewer();
  const parsed = ZPositionStatusChange.safeParse({ to: formData.get("to"), baseRevision: formData.get("baseRevision") });
  if (!parsed.success) return { error: "positions.errors.generic" };
  return runStatusChange(viewer, meetingSlug, themeCode, "status", () => changePositionStatus(viewer, meetingSlug, themeCode, parsed.data));
}

export async function agreePositionAction(
  meetingSlug: string,
  themeCode: string,
  _previous: TPositionStatusState,
  formData: FormData,
): Promise<TPositionStatusState> {
  const viewer = await requireViewer();
  const parsed = ZPositionAgree.safeParse({ baseRevision: formData.get("baseRevision") });
  if (!parsed.success) return { error: "positions.errors.generic" };
  return runStatusChange(viewer, meetingSlug, themeCode, "agree", () => agreeToPosition(viewer, meetingSlug, themeCode, parsed.data));
}

export async function restorePositionRevisionAction(
  meetingSlug: string,
  themeCode: string,
  _previous: TPositionStatusState,
  formData: FormData,
): Promise<TPositionStatusState> {
  const viewer = await requireViewer();
  const parsed = ZPositionRestore.safeParse({ number: formData.get("number"), baseRevision: formData.get("baseRevision") });
  if (!parsed.success) return { error: "positions.errors.generic" };
  let outcome: Awaited<ReturnType<typeof restorePositionRevision>>;
  try {
    outcome = await restorePositionRevision(viewer, meetingSlug, themeCode, parsed.data);
  } catch (error) {
    console.error("[positions.restore]", error);
    return { error: "positions.errors.generic" };
  }
  if (outcome.kind === "notFound") {
    await recordRefusal(viewer, "position.restore", { type: "GroupPosition" });
    return { error: "positions.errors.notFound" };
  }
  if (outcome.kind === "conflict") return { error: "positions.history.restoreConflict" };
  if (outcome.kind === "locked") return { error: "positions.history.restoreLocked" };
  revalidatePosition(meetingSlug);
  const group = ownPositionGroup(viewer)!;
  redirect(`${positionHistoryHref(meetingSlug, themeCode, group)}?to=${outcome.revision}`);
}

/**
 * The position editor is open (`editing`) or was left (components/positions/editing-presence.tsx).
 * The theme comes bound from the page; whatever else arrives is checked here, and the
 * DAL refuses anyone who may not edit the position now. Nothing to report back.
 */
export async function setEditingAction(meetingSlug: string, themeCode: string, editing: unknown): Promise<void> {
  const viewer = await requireViewer();
  const parsed = ZPositionEditing.safeParse({ meetingSlug, themeCode, editing });
  if (!parsed.success) return;
  await setEditing(viewer, parsed.data.meetingSlug, parsed.data.themeCode, parsed.data.editing);
}
