"use server";
import "server-only";
// Accepting an invitation needs no session: the one-time token in the link is the
// proof. The password policy applies as everywhere else.
import { z } from "zod";
import { ZChosenPassword } from "@/lib/validation/account";
import { acceptInvitation } from "@/lib/services/invitations";
import { zodFieldErrors, type TFormState } from "@/lib/forms/form-state";

const ZAcceptInput = z
  .object({ password: ZChosenPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "password.errors.mismatch" });

export async function acceptInvitationAction(token: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const parsed = ZAcceptInput.safeParse({ password: formData.get("password") ?? "", confirm: formData.get("confirm") ?? "" });
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error) };
  const result = await acceptInvitation(token, parsed.data.password);
  if (!result.ok) return { formError: "admin.invitation.invalid" };
  return { notice: "admin.invitation.done", values: { email: result.email } };
}
