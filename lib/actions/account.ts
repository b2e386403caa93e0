"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { DEVICE_COOKIE, readDeviceTokens } from "@/lib/auth/device-token";
import { env } from "@/lib/env";
import { requireViewer } from "@/lib/auth/current-viewer";
import { signOut } from "@/lib/auth/config";
import { changePassword, endAllSessions } from "@/lib/services/account";
import { ZChangePasswordInput } from "@/lib/validation/account";

export type TChangePasswordState = {
  done?: boolean;
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>>;
  formError?: string;
  /** With a throttled current password: when to try again (ISO). */
  retryAt?: string;
};

// Passwords are never sent back to the browser, not even on error: the person
// retypes them (browsers' password managers expect exactly that).
export async function changePasswordAction(_previous: TChangePasswordState, formData: FormData): Promise<TChangePasswordState> {
  const viewer = await requireViewer();
  const parsed = ZChangePasswordInput.safeParse({
    currentPassword: formData.get("currentPassword") ?? "",
    newPassword: formData.get("newPassword") ?? "",
    confirmPassword: formData.get("confirmPassword") ?? "",
  });
  if (!parsed.success) {
    const errors = parsed.error.flatten().fieldErrors;
    return {
      fieldErrors: {
        currentPassword: errors.currentPassword?.[0],
        newPassword: errors.newPassword?.[0],
        confirmPassword: errors.confirmPassword?.[0],
      },
    };
  }
  try {
    const client = {
      address: clientAddress(await headers()),
      deviceTokens: readDeviceTokens((await cookies()).get(DEVICE_COOKIE)?.value, env().AUTH_SECRET),
    };
    const result = await changePassword(viewer, parsed.data, client);
    if (!result.ok) return { fieldErrors: { [result.field]: result.message }, retryAt: "retryAt" in result ? result.retryAt.toISOString() : undefined };
  } catch (error) {
    console.error("[account] change password failed", error);
    return { formError: "account.genericError" };
  }
  revalidatePath("/account");
  return { done: true };
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await requireViewer();
  await endAllSessions(viewer);
  await signOut({ redirectTo: "/sign-in" });
}
