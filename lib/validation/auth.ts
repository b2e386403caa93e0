import { z } from "zod";

// Messages are i18n keys (lib/i18n/messages): the form translates them.
export const ZSignInInput = z.object({
  email: z.string().trim().min(1, "signIn.errors.emailRequired").max(320).email("signIn.errors.emailInvalid"),
  password: z.string().min(1, "signIn.errors.passwordRequired").max(1024),
});

export type TSignInInput = z.infer<typeof ZSignInInput>;
