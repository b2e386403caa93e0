"use server";
import "server-only";
// Server actions of stances: record my delegation's stance on a theme, and (heads)
// allow or stop a delegate recording stances. The delegation is always the viewer's
// own; the person to allow is checked against it in lib/dal/stances.ts.
import { recordRefusal } from "@/lib/audit-refusal";
import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/current-viewer";
import { setStanceForViewer, setStancePermissionForViewer } from "@/lib/dal/stances";
import { matrixHref, themeHref } from "@/lib/positions/paths";
import { ZStanceInput, ZStancePermission } from "@/lib/validation/positions";

export type TStanceFormState = {
  value: string;
  note: string;
  fieldErrors?: { value?: string; note?: string };
  formError?: string;
  /** Set when the save went through (a counter, so a second save is announced too). */
  savedCount?: number;
};

export async function setStanceAction(
  meetingSlug: string,
  themeCode: string,
  previous: TStanceFormState,
  formData: FormData,
): Promise<TStanceFormState> {
  const viewer = await requireViewer();
  const value = String(formData.get("value") ?? "");
  const note = String(formData.get("note") ?? "");
  const parsed = ZStanceInput.safeParse({ value, note });
  if (!parsed.success) {
    const errors = parsed.error.flatten().fieldErrors;
    return { value, note, fieldErrors: { value: errors.value?.[0], note: errors.note?.[0] } };
  }
  try {
    const outcome = await setStanceForViewer(viewer, meetingSlug, themeCode, parsed.data);
    if (outcome.kind === "notFound") {
      await recordRefusal(viewer, "stance.set", { type: "Stance" });
      return { value, note, formError: "positions.errors.notFound" };
    }
  } catch (error) {
    console.error("[stances.set]", error);
    return { value, note, formError: "positions.errors.generic" };
  }
  revalidatePath(themeHref(meetingSlug, themeCode));
  revalidatePath(matrixHref(meetingSlug));
  revalidatePath("/");
  return { value: parsed.data.value, note: parsed.data.note, savedCount: (previous.savedCount ?? 0) + 1 };
}

export async function setStancePermissionAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer();
  const parsed = ZStancePermission.safeParse({ userId: formData.get("userId"), allowed: formData.get("allowed") });
  // A forged or stale form changes nothing; the page shows the real state.
  if (!parsed.success) return;
  await setStancePermissionForViewer(viewer, parsed.data);
  revalidatePath("/positions");
}
