"use server";
import "server-only";
// Switch the interface language: remembered on the person's account when signed in,
// and in a cookie so the sign-in page speaks it too.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { getViewer } from "@/lib/auth/current-viewer";
import { auditEntry } from "@/lib/audit";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";

const ZLocaleInput = z.object({ locale: z.enum(LOCALES) });

export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = ZLocaleInput.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const { locale } = parsed.data;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 86400, httpOnly: true });
  const viewer = await getViewer();
  if (viewer && viewer.locale !== locale) {
    await db.$transaction([
      db.user.update({ where: { id: viewer.userId }, data: { locale } }),
      db.auditLog.create({ data: auditEntry(viewer, "user.set_locale", { type: "User", id: viewer.userId }, { locale }) }),
    ]);
  }
  revalidatePath("/", "layout");
}
