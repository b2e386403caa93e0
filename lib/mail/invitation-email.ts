import "server-only";
// The invitation e-mail: who invited whom into which delegation, and the one-time
// link. Written in the inviting person's interface language.
import { createTranslator } from "@/lib/i18n/translator";
import type { TLocale } from "@/lib/i18n/locales";
import { sendMail } from "./mailer";

export async function sendInvitationEmail(invite: {
  to: string;
  name: string;
  delegation: string | null;
  invitedBy: string;
  link: string;
  locale: TLocale;
}): Promise<boolean> {
  const t = createTranslator(invite.locale);
  const text = [
    t.t("admin.invitationEmail.greeting", { name: invite.name }),
    "",
    invite.delegation
      ? t.t("admin.invitationEmail.bodyDelegation", { invitedBy: invite.invitedBy, delegation: invite.delegation })
      : t.t("admin.invitationEmail.body", { invitedBy: invite.invitedBy }),
    "",
    invite.link,
    "",
    t.t("admin.invitationEmail.expiry"),
  ].join("\n");
  return sendMail({ to: invite.to, subject: t.t("admin.invitationEmail.subject"), text });
}
