"use server";
import "server-only";
// Server actions of follow-up actions: thin wrappers. Each authenticates, parses the
// form with zod and hands over to lib/dal/actions-write.ts, which authorises and
// writes (with history, notification and audit) in one transaction. Messages are i18n
// keys the forms translate; what the person typed comes back on any error.
import { recordRefusal } from "@/lib/audit-refusal";
import type { Viewer } from "@/lib/auth/viewer";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE } from "@/lib/validation/text";
import { requireViewer } from "@/lib/auth/current-viewer";
import {
  addActionCommentForViewer,
  changeActionStatusForViewer,
  createActionForViewer,
  deleteActionForViewer,
  updateActionForViewer,
  type TActionSnapshot,
  type TFieldErrors,
  type TWriteResult,
} from "@/lib/dal/actions-write";
import {
  ZActionCreateInput,
  ZActionIdInput,
  ZActionUpdateInput,
  ZCommentInput,
  ZStatusChangeInput,
} from "@/lib/validation/follow-up-actions";

const FORM_FIELDS = ["title", "description", "scope", "meetingId", "themeId", "annotationId", "assigneeId", "dueOn", "priority", "id", "version"] as const;

export type TActionFormValues = Partial<Record<(typeof FORM_FIELDS)[number], string>>;

export type TActionFormState = {
  values: TActionFormValues;
  fieldErrors?: TFieldErrors;
  formError?: string;
  /** Set when someone saved first: what is stored now, shown beside the typed values. */
  conflict?: TActionSnapshot;
};

export type TSimpleFormState = { ok?: boolean; fieldErrors?: TFieldErrors; formError?: string; formErrorValues?: Record<string, string>; values?: Record<string, string> };

function readForm<K extends string>(formData: FormData, keys: readonly K[]): Partial<Record<K, string>> {
  const values: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = formData.get(key);
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError): TFieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    // Messages that are not our keys (e.g. a malformed hidden id) read as "invalid choice".
    errors[field] ??= issue.message.startsWith("actions.") || issue.message === CONTROL_CHARACTERS_MESSAGE ? issue.message : "actions.errors.invalidChoice";
  }
  return errors as TFieldErrors;
}

/** The expected refusals, as form state; unexpected errors are logged, never shown raw. */
function refusal(result: Exclude<TWriteResult<unknown>, { ok: true }>): Pick<TActionFormState, "fieldErrors" | "formError" | "conflict"> {
  switch (result.reason) {
    case "invalid":
      return { fieldErrors: result.fieldErrors };
    case "conflict":
      return { conflict: result.current };
    case "forbidden":
      return { formError: "actions.errors.forbidden" };
    case "notFound":
      return { formError: "actions.errors.notFound" };
  }
}

async function attempt<T>(viewer: Viewer, label: string, run: () => Promise<TWriteResult<T>>): Promise<TWriteResult<T> | "error"> {
  try {
    const result = await run();
    if (!result.ok && (result.reason === "notFound" || result.reason === "forbidden")) {
      await recordRefusal(viewer, `action.${label}`, { type: "FollowUpAction" });
    }
    return result;
  } catch (error) {
    console.error(`[actions] ${label}`, error);
    return "error";
  }
}

export async function createFollowUpAction(_previous: TActionFormState, formData: FormData): Promise<TActionFormState> {
  const viewer = await requireViewer();
  const values = readForm(formData, FORM_FIELDS);
  const parsed = ZActionCreateInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await attempt(viewer, "create", () => createActionForViewer(viewer, parsed.data));
  if (result === "error") return { values, formError: "actions.errors.generic" };
  if (!result.ok) return { values, ...refusal(result) };
  revalidatePath("/actions", "layout");
  revalidatePath("/", "layout");
  redirect(`/actions/${result.value.id}`);
}

export async function updateFollowUpAction(_previous: TActionFormState, formData: FormData): Promise<TActionFormState> {
  const viewer = await requireViewer();
  const values = readForm(formData, FORM_FIELDS);
  const parsed = ZActionUpdateInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await attempt(viewer, "update", () => updateActionForViewer(viewer, parsed.data));
  if (result === "error") return { values, formError: "actions.errors.generic" };
  if (!result.ok) {
    const refused = refusal(result);
    // Saving again after seeing the conflict is a deliberate choice: it starts from
    // the version now stored.
    return { values: refused.conflict ? { ...values, version: String(refused.conflict.version) } : values, ...refused };
  }
  revalidatePath("/actions", "layout");
  revalidatePath("/", "layout");
  redirect(`/actions/${parsed.data.id}`);
}

export async function changeFollowUpStatus(_previous: TSimpleFormState, formData: FormData): Promise<TSimpleFormState> {
  const viewer = await requireViewer();
  const values = readForm(formData, ["id", "status", "fromStatus", "blockedReason"] as const);
  const parsed = ZStatusChangeInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await attempt(viewer, "status", () => changeActionStatusForViewer(viewer, parsed.data));
  if (result === "error") return { values, formError: "actions.errors.generic" };
  if (!result.ok) {
    if (result.reason === "conflict") {
      revalidatePath("/actions", "layout");
      return { values, formError: "actions.errors.statusChanged", formErrorValues: { status: result.current.status } };
    }
    return { values, ...refusal(result) };
  }
  revalidatePath("/actions", "layout");
  revalidatePath("/", "layout");
  return { ok: true, values: { status: result.value.status } };
}

export async function addFollowUpComment(_previous: TSimpleFormState, formData: FormData): Promise<TSimpleFormState> {
  const viewer = await requireViewer();
  const values = readForm(formData, ["actionId", "body"] as const);
  const parsed = ZCommentInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await attempt(viewer, "comment", () => addActionCommentForViewer(viewer, parsed.data));
  if (result === "error") return { values, formError: "actions.errors.generic" };
  if (!result.ok) return { values, ...refusal(result) };
  revalidatePath(`/actions/${parsed.data.actionId}`);
  // A fresh, empty form for the next comment.
  return { ok: true, values: {} };
}

export async function deleteFollowUpAction(_previous: TSimpleFormState, formData: FormData): Promise<TSimpleFormState> {
  const viewer = await requireViewer();
  const parsed = ZActionIdInput.safeParse(readForm(formData, ["id"] as const));
  if (!parsed.success) return { formError: "actions.errors.notFound" };
  const result = await attempt(viewer, "delete", () => deleteActionForViewer(viewer, parsed.data));
  if (result === "error") return { formError: "actions.errors.generic" };
  if (!result.ok) return refusal(result);
  revalidatePath("/actions", "layout");
  revalidatePath("/", "layout");
  redirect("/actions");
}
