import { z } from "zod";

// Messages are i18n keys (lib/i18n/messages): the form translates them.
export const ZSignInInput = z.object({
  email: z.string().trim().min(1, "signIn.errors.emailRequired").max(320, "signIn.errors.emailInvalid").email("signIn.errors.emailInvalid"),
  // No account has a password this long (the policy allows 128): it is simply wrong.
  password: z.string().min(1, "signIn.errors.passwordRequired").max(1024, "signIn.errors.invalid"),
});

export type TSignInInput = z.infer<typeof ZSignInInput>;
