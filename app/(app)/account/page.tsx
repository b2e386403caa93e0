import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { countActiveSessions } from "@/lib/services/account";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("account.title") };
}

const PASSWORD_MESSAGES = ["tooShort", "tooLong", "tooCommon", "mismatch", "currentWrong", "currentThrottled", "currentRequired"] as const;

export default async function AccountPage() {
  const viewer = await requireViewer();
  const [t, sessions] = await Promise.all([getTranslator(), countActiveSessions(viewer)]);
  const messages: Record<string, string> = Object.fromEntries(
    PASSWORD_MESSAGES.map((k) => [`password.errors.${k}`, t.t(`password.errors.${k}`)]),
  );
  messages["account.genericError"] = t.t("account.genericError");
  messages["validation.controlCharacters"] = t.t("validation.controlCharacters");
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-semibold">{t.t("account.title")}</h1>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-2 text-lg font-semibold">
          {t.t("account.changePassword")}
        </h2>
        <ChangePasswordForm
          labels={{
            currentPassword: t.t("account.currentPassword"),
            newPassword: t.t("account.newPassword"),
            confirmPassword: t.t("account.confirmPassword"),
            hint: t.t("account.passwordHint"),
            save: t.t("account.save"),
            saving: t.t("account.saving"),
            done: t.t("account.passwordChanged"),
            messages,
          }}
        />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">
          {t.t("account.sessionsTitle")}
        </h2>
        <p className="mb-2">{t.t("account.sessionsIntro", { count: sessions })}</p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="secondary">
            {t.t("account.signOutEverywhere")}
          </Button>
        </form>
      </section>
    </div>
  );
}
