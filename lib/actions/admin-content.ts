"use server";
import "server-only";
// Secretariat actions on meetings and themes: thin wrappers that parse the form, ask
// lib/services/admin-content.ts (which authorises and writes with its audit row),
// then refresh the pages that show the result.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { auditIfRefused, refusalState } from "@/lib/audit-refusal";
import * as content from "@/lib/services/admin-content";
import * as themeLinks from "@/lib/services/theme-links";
import { ZMeetingInput, ZThemeInput } from "@/lib/validation/admin";
import { formValues, zodFieldErrors, type TFormState } from "@/lib/forms/form-state";

const MEETING_FIELDS = ["slug", "kind", "title", "venue", "startsOn", "endsOn"] as const;
const THEME_FIELDS = ["code", "title", "background"] as const;

export async function saveMeetingAction(existingSlug: string | null, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const viewer = await requireViewer();
  const values = formValues(formData, MEETING_FIELDS);
  const parsed = ZMeetingInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), values };
  const result = existingSlug
    ? await content.updateMeeting(viewer, existingSlug, parsed.data)
    : await content.createMeeting(viewer, parsed.data);
  if (!result.ok) return refusalState(viewer, "admin.saveMeeting", result, values);
  revalidatePath("/", "layout");
  redirect(`/admin/meetings/${result.value.slug}`);
}

export async function saveThemeAction(
  target: { meetingSlug: string; themeId: string | null },
  _prev: TFormState,
  formData: FormData,
): Promise<TFormState> {
  const viewer = await requireViewer();
  const values = formValues(formData, THEME_FIELDS);
  const parsed = ZThemeInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), values };
  const result = target.themeId
    ? await content.updateTheme(viewer, target.themeId, parsed.data)
    : await content.createTheme(viewer, target.meetingSlug, parsed.data);
  if (!result.ok) return refusalState(viewer, "admin.saveTheme", result, values);
  revalidatePath("/", "layout");
  redirect(`/admin/meetings/${target.meetingSlug}`);
}

export async function setMeetingArchivedAction(slug: string, archived: boolean): Promise<void> {
  const viewer = await requireViewer();
  await auditIfRefused(viewer, "admin.setMeetingArchived", await content.setMeetingArchived(viewer, slug, archived));
  revalidatePath("/", "layout");
}

export async function moveThemeAction(themeId: string, direction: "up" | "down"): Promise<void> {
  const viewer = await requireViewer();
  await auditIfRefused(viewer, "admin.moveTheme", await content.moveTheme(viewer, themeId, direction));
  revalidatePath("/", "layout");
}

export async function setThemeArchivedAction(themeId: string, archived: boolean): Promise<void> {
  const viewer = await requireViewer();
  await auditIfRefused(viewer, "admin.setThemeArchived", await content.setThemeArchived(viewer, themeId, archived));
  revalidatePath("/", "layout");
}

export type TThemeLinksState = { saved?: number; error?: string };

/** The roundtables a technical-meeting theme follows up: every ticked box. */
export async function setThemeLinksAction(themeId: string, previous: TThemeLinksState, formData: FormData): Promise<TThemeLinksState> {
  const viewer = await requireViewer();
  const sourceThemeIds = formData.getAll("sourceThemeId").map(String);
  const result = await themeLinks.setThemeLinks(viewer, themeId, sourceThemeIds);
  if (!result.ok) {
    await auditIfRefused(viewer, "admin.setThemeLinks", result);
    return { error: (await getTranslator()).t("carry.admin.notFound") };
  }
  revalidatePath("/", "layout");
  // A count, not a flag: saving twice in a row still announces the second save.
  return { saved: (previous.saved ?? 0) + 1 };
}
