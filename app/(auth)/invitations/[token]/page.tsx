import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslator } from "@/lib/i18n/server";
import { describeInvitation } from "@/lib/services/invitations";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { AdminForm } from "@/components/admin/admin-form";
import { PublicShell } from "@/components/layout/public-shell";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("admin.invitation.title"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invitation] = await Promise.all([getTranslator(), describeInvitation(token)]);
  return (
    <PublicShell t={t}>
      <h1 className="text-2xl font-semibold">{t.t("admin.invitation.title")}</h1>
      {invitation ? (
        <>
          <p>
            {invitation.delegation
              ? t.t("admin.invitation.introDelegation", { name: invitation.name, email: invitation.email, delegation: invitation.delegation })
              : t.t("admin.invitation.intro", { name: invitation.name, email: invitation.email })}
          </p>
          <p className="text-sm text-muted">{t.t("account.passwordHint")}</p>
          <ClientMessages paths={CLIENT_MESSAGES.admin}>
            <AdminForm
              action={acceptInvitationAction.bind(null, token)}
              title={t.t("admin.invitation.title")}
              submit="admin.invitation.submit"
              fields={[
                { name: "password", label: "admin.invitation.password", type: "password", required: true, autoComplete: "new-password" },
                { name: "confirm", label: "admin.invitation.confirm", type: "password", required: true, autoComplete: "new-password" },
              ]}
            />
          </ClientMessages>
        </>
      ) : (
        <p role="alert">{t.t("admin.invitation.invalid")}</p>
      )}
      <Link href="/sign-in" className="text-brand underline">
        {t.t("admin.invitation.signIn")}
      </Link>
    </PublicShell>
  );
}
