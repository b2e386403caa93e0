import { z } from "zod";
import { ZNewPassword } from "@/lib/auth/password-policy";

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "password.errors.currentRequired").max(1024),
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "password.errors.mismatch" });

export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
