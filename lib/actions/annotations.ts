"use server";
import "server-only";
// Server actions for notes: thin wrappers that authenticate, read the form, call the
// note services (lib/services/annotations-*.ts, where parsing, authorisation and the
// audited transaction happen) and revalidate. What was typed comes back on error.
import { recordRefusal } from "@/lib/audit-refusal";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Viewer } from "@/lib/auth/viewer";
import { requireViewer } from "@/lib/auth/current-viewer";
import {
  createAnnotation,
  deleteAnnotation,
  editAnnotation,
  markThemeNotesSeen,
  setAnnotationHidden,
  setAnnotationResolved,
} from "@/lib/services/annotations-notes";
import { deleteReply, editReply, replyToAnnotation } from "@/lib/services/annotations-replies";
import type { TNoteWriteResult } from "@/lib/services/annotations-shared";

export type TNoteFormValues = { body: string; tags: string; scope: string };

export type TNoteFormState = {
  status: "idle" | "saved" | "error";
  values: TNoteFormValues;
  /** Field → i18n key under annotations.errors. */
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** The version the form edits (updated after each save). */
  version?: number;
  /** When someone else saved first: their text, shown beside what was typed. */
  conflict?: { body: string; version: number };
  /** What was written: a note (with its page) or a reply (focused once shown). */
  saved?: { id: string; href?: string };
  /** Changes on every save so forms can reset themselves. */
  savedCount: number;
};

export type TNoteButtonState = { error?: string; done: number };

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

function valuesOf(formData: FormData): TNoteFormValues {
  return { body: text(formData, "body"), tags: text(formData, "tags"), scope: text(formData, "scope") };
}

// Every page that shows notes or their counts lives under /meetings/[slug].
function revalidateNotes() {
  revalidatePath("/meetings/[slug]", "layout");
  revalidatePath("/");
}

/**
 * Runs a service call; an unexpected failure (database down, a bug) is logged and
 * becomes "failed", shown as a generic message, never as the raw error.
 */
async function guarded<T>(viewer: Viewer, work: () => Promise<TNoteWriteResult<T>>): Promise<TNoteWriteResult<T> | "failed"> {
  try {
    const result = await work();
    if (!result.ok && "notFound" in result) await recordRefusal(viewer, "annotation.write", { type: "Annotation" });
    return result;
  } catch (error) {
    console.error("[annotations]", error);
    return "failed";
  }
}

function failed<T>(
  previous: TNoteFormState,
  values: TNoteFormValues,
  result: Exclude<TNoteWriteResult<T>, { ok: true }> | "failed",
): TNoteFormState {
  const base = { ...previous, status: "error" as const, values, fieldErrors: undefined, formError: undefined, conflict: undefined };
  if (result === "failed") return { ...base, formError: "annotations.errors.generic" };
  if ("fieldErrors" in result) return { ...base, fieldErrors: result.fieldErrors };
  if ("conflict" in result) return { ...base, formError: "annotations.errors.conflict", conflict: result.conflict, version: result.conflict.version };
  return { ...base, formError: "annotations.errors.notFound" };
}

export async function createAnnotationAction(previous: TNoteFormState, formData: FormData): Promise<TNoteFormState> {
  const viewer = await requireViewer();
  const values = valuesOf(formData);
  const paragraphId = text(formData, "paragraphId");
  const result = await guarded(viewer, () =>
    createAnnotation(viewer, {
      themeId: text(formData, "themeId"),
      body: values.body,
      scope: values.scope,
      tags: values.tags,
      anchor: paragraphId
        ? { paragraphId, start: text(formData, "start"), end: text(formData, "end"), quote: text(formData, "quote") }
        : null,
    }),
  );
  if (result === "failed" || !result.ok) return failed(previous, values, result);
  revalidateNotes();
  return {
    status: "saved",
    values: { body: "", tags: "", scope: values.scope },
    saved: result.value,
    savedCount: previous.savedCount + 1,
  };
}

export async function editAnnotationAction(previous: TNoteFormState, formData: FormData): Promise<TNoteFormState> {
  const viewer = await requireViewer();
  const values = valuesOf(formData);
  const result = await guarded(viewer, () =>
    editAnnotation(viewer, {
      annotationId: text(formData, "annotationId"),
      version: text(formData, "version"),
      body: values.body,
      tags: values.tags,
    }),
  );
  if (result === "failed" || !result.ok) return failed(previous, values, result);
  revalidateNotes();
  return { status: "saved", values, version: result.value.version, savedCount: previous.savedCount + 1 };
}

export async function replyAction(previous: TNoteFormState, formData: FormData): Promise<TNoteFormState> {
  const viewer = await requireViewer();
  const values = valuesOf(formData);
  const result = await guarded(viewer, () => replyToAnnotation(viewer, { annotationId: text(formData, "annotationId"), body: values.body }));
  if (result === "failed" || !result.ok) return failed(previous, values, result);
  revalidateNotes();
  return { status: "saved", values: { body: "", tags: "", scope: "" }, saved: result.value, savedCount: previous.savedCount + 1 };
}

export async function editReplyAction(previous: TNoteFormState, formData: FormData): Promise<TNoteFormState> {
  const viewer = await requireViewer();
  const values = valuesOf(formData);
  const result = await guarded(viewer, () =>
    editReply(viewer, { replyId: text(formData, "replyId"), version: text(formData, "version"), body: values.body }),
  );
  if (result === "failed" || !result.ok) return failed(previous, values, result);
  revalidateNotes();
  return { status: "saved", values, version: result.value.version, savedCount: previous.savedCount + 1 };
}

/** One-button writes (delete, resolve, hide): the same "not found" for every refusal. */
async function buttonResult(previous: TNoteButtonState, result: TNoteWriteResult<unknown> | "failed"): Promise<TNoteButtonState> {
  if (result === "failed") return { error: "annotations.errors.generic", done: previous.done };
  if (!result.ok) return { error: "annotations.errors.notFound", done: previous.done };
  revalidateNotes();
  return { done: previous.done + 1 };
}

export async function deleteAnnotationAction(previous: TNoteButtonState, formData: FormData): Promise<TNoteButtonState> {
  const viewer = await requireViewer();
  const result = await guarded(viewer, () => deleteAnnotation(viewer, { annotationId: text(formData, "annotationId") }));
  const state = await buttonResult(previous, result);
  // Deleting from the note's own page leaves nothing to show there: back to the theme.
  // A form field, so written by the client: resolved to this site (lib/security/safe-redirect).
  const back = safeRedirectPath(text(formData, "returnTo"));
  if (result !== "failed" && result.ok && back.startsWith("/meetings/")) redirect(back);
  return state;
}

export async function deleteReplyAction(previous: TNoteButtonState, formData: FormData): Promise<TNoteButtonState> {
  const viewer = await requireViewer();
  return buttonResult(previous, await guarded(viewer, () => deleteReply(viewer, { replyId: text(formData, "replyId") })));
}

export async function setResolvedAction(previous: TNoteButtonState, formData: FormData): Promise<TNoteButtonState> {
  const viewer = await requireViewer();
  return buttonResult(
    previous,
    await guarded(viewer, () => setAnnotationResolved(viewer, { annotationId: text(formData, "annotationId"), resolved: text(formData, "resolved") })),
  );
}

export async function setHiddenAction(previous: TNoteButtonState, formData: FormData): Promise<TNoteButtonState> {
  const viewer = await requireViewer();
  return buttonResult(
    previous,
    await guarded(viewer, () => setAnnotationHidden(viewer, { annotationId: text(formData, "annotationId"), hidden: text(formData, "hidden") })),
  );
}

/** Called once when a theme page with new notes is shown; nothing to re-render. */
export async function markThemeNotesSeenAction(themeId: string): Promise<void> {
  const viewer = await requireViewer();
  await guarded(viewer, () => markThemeNotesSeen(viewer, { themeId }));
}
