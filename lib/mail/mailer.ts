import "server-only";
// Outgoing e-mail through the SMTP server in SMTP_URL (smtp:// or smtps://, with
// credentials in the URL). Without it the app sends nothing and says so to callers,
// who then show links on screen instead.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type TMail = { to: string; subject: string; text: string };

export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** True when the server accepted the message; errors are logged, never thrown. */
export async function sendMail(mail: TMail): Promise<boolean> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return false;
  try {
    const transport = nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, ...mail });
    transport.close();
    return true;
  } catch (error) {
    console.error("[mail] sending failed", error instanceof Error ? error.message : error);
    return false;
  }
}
