"use server";
import "server-only";
// Sign in and sign out. Sign-in failures say the same thing whether or not the email
// exists; what was typed in the email field comes back so it need not be retyped.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { endCurrentSession } from "@/lib/auth/sign-out";
import { ZSignInInput } from "@/lib/validation/auth";

export type TSignInState = {
  email: string;
  fieldErrors?: { email?: string; password?: string };
  formError?: string;
};

/** Only same-site paths, so the sign-in page cannot be used to bounce people elsewhere. */
function safeNextPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export async function signInAction(_previous: TSignInState, formData: FormData): Promise<TSignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = ZSignInInput.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const issues = parsed.error.flatten().fieldErrors;
    return { email, fieldErrors: { email: issues.email?.[0], password: issues.password?.[0] } };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeNextPath(formData.get("next")) });
  } catch (error) {
    // next-auth signals success by throwing Next's redirect, which must propagate.
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const throttled = "code" in error && error.code === "throttled";
      return { email, formError: throttled ? "signIn.errors.throttled" : "signIn.errors.invalid" };
    }
    if (error instanceof AuthError) {
      // Not the person's fault (database down, misconfiguration): log it, say so.
      console.error("[sign-in]", error.cause ?? error);
      return { email, formError: "signIn.errors.generic" };
    }
    throw error;
  }
  return { email };
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  redirect("/sign-in");
}
