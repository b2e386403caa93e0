"use server";
import "server-only";
// Delegations and people: thin wrappers over lib/services/admin-people.ts, which
// authorises (secretariat everywhere, heads in their own delegation) and audits.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/current-viewer";
import { auditIfRefused, refusalState } from "@/lib/audit-refusal";
import * as people from "@/lib/services/admin-people";
import { ZDelegationInput, ZInviteInput } from "@/lib/validation/admin";
import { sendInvitationEmail } from "@/lib/mail/invitation-email";
import { getLocale } from "@/lib/i18n/server";
import { formValues, zodFieldErrors, type TFormState } from "@/lib/forms/form-state";

async function invitationLink(token: string): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}/invitations/${token}`;
}

export async function saveDelegationAction(delegationId: string | null, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const viewer = await requireViewer();
  const values = formValues(formData, ["name", "group"]);
  const parsed = ZDelegationInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), values };
  if (delegationId) {
    const result = await people.updateDelegation(viewer, delegationId, parsed.data);
    if (!result.ok) return refusalState(viewer, "admin.saveDelegation", result, values);
    revalidatePath("/admin/delegations", "layout");
    return { notice: "admin.saved", values };
  }
  const result = await people.createDelegation(viewer, parsed.data);
  if (!result.ok) return refusalState(viewer, "admin.saveDelegation", result, values);
  revalidatePath("/admin/delegations", "layout");
  redirect(`/admin/delegations/${result.value.id}`);
}

export async function setDelegationActiveAction(delegationId: string, active: boolean): Promise<void> {
  const viewer = await requireViewer();
  await auditIfRefused(viewer, "admin.setDelegationActive", await people.setDelegationActive(viewer, delegationId, active));
  revalidatePath("/admin/delegations", "layout");
}

/** delegationId null = a secretariat officer (secretariat only). */
export async function invitePersonAction(delegationId: string | null, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const viewer = await requireViewer();
  const values = formValues(formData, ["email", "name", "role"]);
  const parsed = ZInviteInput.safeParse(values);
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), values };
  const result = await people.invitePerson(viewer, delegationId, parsed.data);
  if (!result.ok) return refusalState(viewer, "admin.invitePerson", result, values);
  revalidatePath("/", "layout");
  const link = await invitationLink(result.value.token);
  // The invitation stands whether or not the e-mail goes out; the link is shown anyway.
  const mailed = await sendInvitationEmail({
    to: parsed.data.email,
    name: parsed.data.name,
    delegation: result.value.delegationName,
    invitedBy: viewer.name,
    link,
    locale: await getLocale(),
  });
  return { notice: mailed ? "admin.mailSent" : "admin.people.linkIntro", values: { email: parsed.data.email }, link };
}

export async function resendInvitationAction(userId: string, _prev: TFormState): Promise<TFormState> {
  const viewer = await requireViewer();
  const result = await people.resendInvitation(viewer, userId);
  if (!result.ok) return refusalState(viewer, "admin.resendInvitation", result);
  const link = await invitationLink(result.value.token);
  const { email, name, delegationName } = result.value;
  const mailed = await sendInvitationEmail({ to: email, name, delegation: delegationName, invitedBy: viewer.name, link, locale: await getLocale() });
  return { link, notice: mailed ? "admin.mailSent" : undefined };
}

const ZRole = z.enum(["HEAD_OF_DELEGATION", "DELEGATE", "ADVISER"]);

// The role picker only offers roles the viewer may give; anything else is refused by
// the service and simply changes nothing.
export async function changeRoleAction(userId: string, formData: FormData): Promise<void> {
  const viewer = await requireViewer();
  const parsed = ZRole.safeParse(formData.get("role"));
  if (!parsed.success) return;
  await auditIfRefused(viewer, "admin.changeRole", await people.changeRole(viewer, userId, parsed.data));
  revalidatePath("/", "layout");
}

export async function setPersonActiveAction(userId: string, active: boolean): Promise<void> {
  const viewer = await requireViewer();
  await auditIfRefused(viewer, "admin.setPersonActive", await people.setPersonActive(viewer, userId, active));
  revalidatePath("/", "layout");
}
