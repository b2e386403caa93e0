import { z } from "zod";
import { ZNewPassword } from "@/lib/auth/password-policy";
import { noControlCharacters } from "./text";

const noControl = noControlCharacters(false);

/**
 * A password being chosen (password change, accepting an invitation): the policy, and
 * no control characters, which no keyboard types into a password field. The current
 * password is not held to this: one chosen before the rule existed must still work.
 */
export const ZChosenPassword = ZNewPassword.refine(noControl.check, noControl.message);

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "password.errors.currentRequired").max(1024),
    newPassword: ZChosenPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password.errors.mismatch" });

export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
