"use server";
import "server-only";
// Server action of "carry forward": the session gives the viewer, the page binds the
// target theme and the source roundtable, lib/dal/carry-position.ts decides and
// writes (one transaction with its audit row). A refusal comes back as a message in
// the reader's language; something not found is also audited as a refusal.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/current-viewer";
import { recordRefusal } from "@/lib/audit-refusal";
import { getTranslator } from "@/lib/i18n/server";
import { carryPosition, type TCarryOutcome } from "@/lib/dal/carry-position";
import { carryAction, copyAction, type TActionCarryOutcome } from "@/lib/dal/carry-action";
import { carryNote, type TNoteCarryResult } from "@/lib/services/carry-note";
import { themeHref } from "@/lib/positions/paths";
import { ownPositionGroup } from "@/lib/positions/access";
import { matrixHref, positionHref } from "@/lib/positions/paths";

export type TCarryState = { error?: string };

export async function carryPositionAction(meetingSlug: string, themeCode: string, sourceCode: string): Promise<TCarryState> {
  const viewer = await requireViewer();
  let outcome: TCarryOutcome;
  try {
    outcome = await carryPosition(viewer, meetingSlug, themeCode, sourceCode);
  } catch (error) {
    console.error("[carry.position]", error);
    return { error: (await getTranslator()).t("carry.errors.generic") };
  }
  const t = await getTranslator();
  switch (outcome.kind) {
    case "carried":
      revalidatePath("/meetings/[slug]/themes/[code]", "layout");
      revalidatePath(matrixHref(meetingSlug));
      redirect(`${positionHref(meetingSlug, themeCode, ownPositionGroup(viewer)!)}?saved=${outcome.revision}`);
    case "alreadyCarried":
      return { error: t.t("carry.errors.alreadyCarried") };
    case "locked":
      return { error: t.t("carry.errors.locked", { status: t.t(`positions.status.${outcome.status}`) }) };
    case "refused":
      return { error: t.t("carry.errors.refused") };
    case "notFound":
      await recordRefusal(viewer, "position.carry", { type: "GroupPosition" });
      return { error: t.t("carry.errors.notFound") };
  }
}

/** Moves an open action from a roundtable to this theme (the page binds both). */
export async function carryActionAction(actionId: string, meetingSlug: string, themeCode: string): Promise<TCarryState> {
  return carryOrCopyAction("move", actionId, meetingSlug, themeCode);
}

/** Copies an open action from a roundtable to this theme, linked to its source. */
export async function copyActionAction(actionId: string, meetingSlug: string, themeCode: string): Promise<TCarryState> {
  return carryOrCopyAction("copy", actionId, meetingSlug, themeCode);
}

async function carryOrCopyAction(how: "move" | "copy", actionId: string, meetingSlug: string, themeCode: string): Promise<TCarryState> {
  const viewer = await requireViewer();
  let outcome: TActionCarryOutcome;
  try {
    outcome = await (how === "move" ? carryAction : copyAction)(viewer, actionId, meetingSlug, themeCode);
  } catch (error) {
    console.error(`[carry.action.${how}]`, error);
    return { error: (await getTranslator()).t("carry.errors.generic") };
  }
  const t = await getTranslator();
  switch (outcome.kind) {
    case "carried":
      revalidatePath("/meetings/[slug]/themes/[code]", "layout");
      revalidatePath(`/actions/${actionId}`);
      redirect(themeHref(meetingSlug, themeCode));
    case "copied":
      revalidatePath("/meetings/[slug]/themes/[code]", "layout");
      revalidatePath(`/actions/${actionId}`);
      redirect(`/actions/${outcome.id}`);
    case "alreadyCarried":
      return { error: t.t("carry.errors.actionAlreadyCarried") };
    case "alreadyCopied":
      return { error: t.t("carry.errors.actionAlreadyCopied") };
    case "finished":
      return { error: t.t("carry.errors.actionFinished") };
    case "stale":
      return { error: t.t("carry.errors.stale") };
    case "refused":
      return { error: t.t("carry.errors.actionRefused") };
    case "notFound":
      await recordRefusal(viewer, how === "move" ? "action.carry" : "action.copy", { type: "FollowUpAction", id: actionId });
      return { error: t.t("carry.errors.notFound") };
  }
}

/** Copies a roundtable note to this theme, as a whole-theme note linking back. */
export async function carryNoteAction(noteId: string, meetingSlug: string, themeCode: string): Promise<TCarryState> {
  const viewer = await requireViewer();
  const t = await getTranslator();
  let result: TNoteCarryResult;
  try {
    result = await carryNote(viewer, noteId, meetingSlug, themeCode, t.t("carry.panel.noteIntro"));
  } catch (error) {
    console.error("[carry.note]", error);
    return { error: t.t("carry.errors.generic") };
  }
  if (result.ok) {
    revalidatePath("/meetings/[slug]/themes/[code]", "layout");
    redirect(result.value.href);
  }
  if ("alreadyCarried" in result) return { error: t.t("carry.errors.noteAlreadyCarried") };
  if ("notFound" in result) {
    await recordRefusal(viewer, "annotation.carry", { type: "Annotation", id: noteId });
    return { error: t.t("carry.errors.notFound") };
  }
  return { error: t.t("carry.errors.noteRefused") };
}
