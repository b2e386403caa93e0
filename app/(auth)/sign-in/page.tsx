import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PublicShell } from "@/components/layout/public-shell";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { LANDING_PATH } from "@/lib/dashboard/landing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("signIn.title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await getViewer()) redirect("/");
  const t = await getTranslator();
  // Written by whoever built the link; the action checks it again (form fields are too).
  // Without one, the person lands on their start page (lib/dashboard/landing.ts).
  const next = safeRedirectPath((await searchParams).next, LANDING_PATH);
  const e = "signIn.errors" as const;
  const messages = Object.fromEntries(
    (["invalid", "throttled", "emailRequired", "emailInvalid", "passwordRequired", "generic"] as const).map((k) => [
      `${e}.${k}`,
      t.t(`${e}.${k}`),
    ]),
  );
  return (
    <PublicShell t={t}>
      <h1 className="mb-2 text-2xl font-semibold">{t.t("signIn.title")}</h1>
      <p className="mb-4 text-muted">{t.t("signIn.intro")}</p>
      <SignInForm
        next={next}
        labels={{
          email: t.t("signIn.email"),
          password: t.t("signIn.password"),
          submit: t.t("signIn.submit"),
          submitting: t.t("signIn.submitting"),
          messages,
        }}
      />
    </PublicShell>
  );
}
