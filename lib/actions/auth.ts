"use server";
import "server-only";
// Sign in and sign out. Sign-in failures say the same thing whether or not the email
// exists; what was typed in the email field comes back so it need not be retyped.
// `next` is a path written by whoever built the link: see lib/security/safe-redirect.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, ThrottledSignIn } from "@/lib/auth/config";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { endCurrentSession } from "@/lib/auth/sign-out";
import { ZSignInInput } from "@/lib/validation/auth";
import { LANDING_PATH } from "@/lib/dashboard/landing";

export type TSignInState = {
  email: string;
  fieldErrors?: { email?: string; password?: string };
  formError?: string;
  /** With "throttled": when to try again (ISO), shown in the person's own time zone. */
  retryAt?: string;
};

// Longest email the form accepts; a longer one is not echoed back whole.
const MAX_ECHOED_EMAIL = 320;

export async function signInAction(_previous: TSignInState, formData: FormData): Promise<TSignInState> {
  const rawEmail = formData.get("email");
  const email = (typeof rawEmail === "string" ? rawEmail : "").slice(0, MAX_ECHOED_EMAIL);
  const parsed = ZSignInInput.safeParse({ email: rawEmail ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    const issues = parsed.error.flatten().fieldErrors;
    return { email, fieldErrors: { email: issues.email?.[0], password: issues.password?.[0] } };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirectPath(formData.get("next"), LANDING_PATH) });
  } catch (error) {
    // next-auth signals success by throwing Next's redirect, which must propagate.
    if (error instanceof ThrottledSignIn) return { email, formError: "signIn.errors.throttled", retryAt: error.retryAt.toISOString() };
    if (error instanceof AuthError && error.type === "CredentialsSignin") return { email, formError: "signIn.errors.invalid" };
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
